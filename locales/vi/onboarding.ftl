# Onboarding: language, commune and village, data notice.

# A person in a private chat, when registering for the first time or after pressing
# «{ menu-language }»: asks them to pick a language; one button per language follows.
language-choose = Mời bạn chọn ngôn ngữ:
# A person in a private chat, right after pressing a language button. $language: the language's
# own name, e.g. "Hmoob (RPA)" (not translated).
language-set = Đã chọn ngôn ngữ: { $language }.
# A person in a private chat, right after picking a language whose translation is not yet reviewed
# by native speakers. $language: the language's own name, e.g. "Hmoob (RPA)" (not translated).
language-draft-note = 🚧 Bản { $language } là bản nháp, đang chờ người bản ngữ duyệt. Phần nào chưa dịch sẽ hiện bằng tiếng Việt.
# A button label of the language picker (private chat, or a group's /ngonngu) for a language whose
# translation is a draft: the reader may not read Vietnamese, so the 🚧 sign carries the meaning;
# keep it. $name: the language's own name, e.g. "Hmoob (RPA)", never translated. At most about 30
# characters in all.
language-picker-draft = { $name } 🚧 nháp
# A language named for staff (officers, admins) in announcement previews and reports, mostly for
# languages that have no translation yet. $tag: the language code stored for the village, group or
# person (hni, blt, ium, hnj-x-rpa). Keep the code in brackets. Add a line when a new language
# appears.
language-label =
    { $tag ->
        [vi] tiếng Việt
        [hni] tiếng Hà Nhì (hni)
        [blt] tiếng Thái Đen (blt)
        [tdd] tiếng Thái (tdd)
        [ium] tiếng Dao (ium)
        [hnj] tiếng H'Mông (hnj)
        [hnj-x-rpa] tiếng H'Mông, chữ RPA (hnj-x-rpa)
        [hnj-x-vn1961] tiếng H'Mông, chữ 1961 (hnj-x-vn1961)
       *[other] ngôn ngữ { $tag }
    }

# A villager in a private chat, while registering or after pressing «{ menu-place }»: asks which
# commune they live in; one button per commune follows.
place-choose-commune = Bạn ở xã nào? Mời bạn chọn xã:
# A villager in a private chat, after choosing their commune: asks which village (thôn, bản) or
# town ward group (tổ dân phố); one button per village follows. $commune: e.g. "Xã Dào San".
place-choose-village = { $commune }: bạn ở thôn, bản hay tổ dân phố nào?
# A villager in a private chat, under the list of communes or villages: they may also type the name
# instead of pressing a button. The example "ta phin" is a village name typed without accents;
# keep it as it is.
place-type-hint = Bạn cũng có thể gõ tên, có dấu hay không dấu đều được (ví dụ: ta phin).
# A villager in a private chat, after typing a place name that matches several places; buttons
# with those places follow. $count: how many matched, e.g. 3 (plural forms select on it).
place-several-found =
    { $count ->
       *[other] Có { $count } nơi trùng tên bạn gõ. Mời bạn chọn đúng nơi của mình:
    }
# A villager in a private chat, after typing a place name that matches nothing. $query: what they
# typed, quoted as is, e.g. "ta fin".
place-not-found = Không tìm thấy nơi nào tên «{ $query }». Mời bạn gõ lại hoặc chọn trong danh sách.
# A villager in a private chat, after choosing their village: confirms where they live.
# $village: e.g. "Bản Tả Phìn"; $commune: e.g. "Xã Dào San".
place-set = Đã ghi nhận: bạn ở { $village }, { $commune }.
# A villager in a private chat, while registering, when no commune has entered its list of villages
# yet (the bot is not set up): come back later or tell a commune officer.
place-none-configured = Xã chưa nhập danh sách thôn, bản. Mời bạn quay lại sau hoặc báo cho cán bộ xã.
# A villager in a private chat who picked a commune that has no list of villages yet: choose
# another commune. $commune: e.g. "Xã Dào San".
place-commune-empty = { $commune } chưa có danh sách thôn, bản. Mời bạn chọn xã khác.

# A button label under a long list of communes or villages (private chat): show the previous page.
# Keep it short (≤ ~30 characters; Zalo buttons are narrow); keep the ‹ sign.
button-previous = ‹ Trang trước
# A button label under a long list of communes or villages (private chat): show the next page.
# Keep it short (≤ ~30 characters); keep the › sign.
button-next = Trang sau ›
# A button label under a commune's list of villages (private chat): go back and pick a different
# commune. Keep it short (≤ ~30 characters); keep the ‹ sign.
button-other-commune = ‹ Chọn xã khác
# A button label under places found by a typed name (private chat): back to the whole list of
# communes. Keep it short (≤ ~30 characters); keep the ‹ sign.
button-commune-list = ‹ Danh sách xã
# A button label under places found by a typed name (private chat): back to the whole list of the
# commune's villages. Keep it short (≤ ~30 characters); keep the ‹ sign.
button-village-list = ‹ Danh sách thôn, bản
# A button label under the data notice (consent-notice), private chat: "I agree". Keep it short
# (≤ ~30 characters); the emoji stays.
button-agree = ✅ Đồng ý
# A button label under the data notice (consent-notice), private chat: "I do not agree". Keep it
# short (≤ ~30 characters).
button-disagree = Không đồng ý
# A button label shown after a villager declined the data notice (private chat): show the notice
# again. Keep it short (≤ ~30 characters).
button-review-consent = Xem lại thông báo

# A villager in a private chat, registering: the short data notice they agree to or decline (a legal
# text: a translation must be reviewed before use). The agree / disagree buttons follow. A
# { message-id } in braces is a button's label inserted by reference: keep it, do not write the
# label out.
consent-notice =
    🔒 Thông báo về dữ liệu cá nhân
    Loa Thôn lưu ngôn ngữ, nơi ở và tin nhắn bạn gửi, chỉ để gửi thông báo của xã, hướng dẫn học và chuyển kiến nghị của bạn đến đúng nơi giải quyết. Chỉ cán bộ có trách nhiệm được xem; không cung cấp cho người ngoài.
    Bạn có thể rút lại đồng ý hoặc xóa dữ liệu bất cứ lúc nào («{ menu-profile }»).
    Bạn có đồng ý không?
# A villager in a private chat, right after pressing «{ button-agree }» under the data notice.
consent-thanks = Cảm ơn bạn đã đồng ý.
# A villager in a private chat, right after pressing «{ button-disagree }» under the data notice:
# nothing of theirs is stored. consent-declined-open follows in the same message (what still
# works, and where to agree later).
consent-declined = Bạn chưa đồng ý nên Loa Thôn chưa lưu thông tin của bạn.
# A villager in a private chat, at the end of registration (language, place, data notice all done);
# the main menu follows.
onboarding-done = Cảm ơn bạn! Bạn đã đăng ký xong.
# A person in a private chat who tries to use a feature (e.g. send a petition) before agreeing to
# the data notice; the notice is offered again.
consent-needed = Việc này cần bạn đồng ý với thông báo về dữ liệu cá nhân trước.

# The last registration question, to a villager in a private chat: do they want the village's
# announcements sent to this private chat? Yes / no buttons follow. $village: e.g. "Bản Tả Phìn".
subscribe-ask = 🔔 Bạn có muốn nhận thông báo của { $village } qua tin nhắn riêng này không?
# Same question as subscribe-ask, for a villager who opened the bot from their village's group
# chat (so they already see announcements there); the "yes" button is marked as the suggested
# answer. $village: e.g. "Bản Tả Phìn".
subscribe-ask-from-group = 🔔 Bạn đến từ nhóm của { $village }. Bạn có muốn nhận cả thông báo của { $village } qua tin nhắn riêng này không?
# A button label under subscribe-ask (private chat): yes, receive announcements. Keep it short
# (≤ ~30 characters); the emoji stays.
button-subscribe-yes = 🔔 Có, nhận thông báo
# The same "yes, receive announcements" button label, marked ✅ as the suggested answer (under
# subscribe-ask-from-group). Keep it short (≤ ~30 characters); the emoji stays.
button-subscribe-yes-default = ✅ Có, nhận thông báo
# A button label under subscribe-ask (private chat): no, do not receive announcements. Keep it
# short (≤ ~30 characters).
button-subscribe-no = Không nhận
# A villager in a private chat who answered "no" to receiving announcements: how to start later.
# /dangky is a command and stays as it is. A { message-id } in braces is a button's label inserted
# by reference: keep it, do not write the label out.
subscribe-later = Bạn chưa nhận thông báo qua tin nhắn riêng. Khi cần, bạn bấm «{ menu-subscribe }» ở menu hoặc gõ /dangky.
# A villager in a private chat who is not subscribed, shown after the bot lists recent
# announcements ("📢 Thông báo mới"); the menu with the «{ menu-subscribe }» button follows. Keep
# the { menu-subscribe } reference as it is.
news-subscribe-offer = Để nhận thông báo mới ngay trong tin nhắn riêng này, bạn bấm «{ menu-subscribe }» bên dưới.

# Anyone in a private chat who typed a number to press a button ("2" presses the second button of
# the latest message with buttons) but there is no such button. $count: how many buttons that
# message has, e.g. 4.
hint-number-range = Chỉ có { $count } nút. Mời bạn gõ số từ 1 đến { $count }.
# Anyone in a private chat who typed text where a button is expected: press a button of the message
# above, or type its number. The buttons stay where they are. $count: how many buttons, e.g. 4.
hint-press-or-type = Mời bạn bấm một nút ở tin nhắn trên, hoặc gõ số thứ tự của nút (từ 1 đến { $count }).

# Developers and testers only: shown once when the bot is tried in a computer terminal. Keep /menu,
# Ctrl+D and [1] as they are.
console-hint = Mẹo: gõ số để bấm nút (gõ 1 là bấm nút [1]). Gõ /menu để về menu; Ctrl+D để thoát.
# Developers and testers only, in a computer terminal: the first line of each message the bot
# prints. $handle: the test user's name, e.g. "lan" (not translated).
console-to = 🤖 Loa Thôn → @{ $handle }:
