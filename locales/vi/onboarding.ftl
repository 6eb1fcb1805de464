# Onboarding: language, commune and village, data notice.

# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (ask_language).
language-choose = Mời bạn chọn ngôn ngữ:
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (set_language). $language: a language's name
# (its own name, e.g. "Hmoob (RPA)"), not to be translated.
language-set = Đã chọn ngôn ngữ: { $language }.
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (set_language). $language: a language's name
# (its own name, e.g. "Hmoob (RPA)"), not to be translated.
language-draft-note = 🚧 Bản { $language } là bản nháp, đang chờ người bản ngữ duyệt. Phần nào chưa dịch sẽ hiện bằng tiếng Việt.
# A button of the language picker (private chat and a group's /ngonngu) for a language whose
# translation is a draft: the reader may not read Vietnamese, so the 🚧 sign carries the meaning;
# keep it. $name: the language's name in itself, from its locale.toml ("Hmoob (RPA)"), never
# translated. At most about 30 characters in all.
language-picker-draft = { $name } 🚧 nháp
# A language named by its code for staff (broadcast preview, `loathon locales gaps`), mostly for
# languages that have no translation yet. $tag: the BCP 47 code as stored for the village, group
# or person (hni, blt, ium, hnj-x-rpa). Add a line when a new language appears in the seeds.
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

# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (ask_commune).
place-choose-commune = Bạn ở xã nào? Mời bạn chọn xã:
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (ask_village). $commune: the name of a
# commune, e.g. "Xã Dào San".
place-choose-village = { $commune }: bạn ở thôn, bản hay tổ dân phố nào?
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (ask_commune).
place-type-hint = Bạn cũng có thể gõ tên, có dấu hay không dấu đều được (ví dụ: ta phin).
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (show_found). $count: a number (plural forms
# select on it).
place-several-found =
    { $count ->
       *[other] Có { $count } nơi trùng tên bạn gõ. Mời bạn chọn đúng nơi của mình:
    }
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (find_place). $query: what the person typed
# to search, quoted as is.
place-not-found = Không tìm thấy nơi nào tên «{ $query }». Mời bạn gõ lại hoặc chọn trong danh sách.
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (set_village). $commune: the name of a
# commune, e.g. "Xã Dào San"; $village: the name of a village (thôn, bản), e.g. "Bản Tả Phìn".
place-set = Đã ghi nhận: bạn ở { $village }, { $commune }.
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (ask_commune).
place-none-configured = Xã chưa nhập danh sách thôn, bản. Mời bạn quay lại sau hoặc báo cho cán bộ xã.
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (ask_village). $commune: the name of a
# commune, e.g. "Xã Dào San".
place-commune-empty = { $commune } chưa có danh sách thôn, bản. Mời bạn chọn xã khác.

# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/officer.rs (queue).
button-previous = ‹ Trang trước
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/officer.rs (queue).
button-next = Trang sau ›
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (ask_village).
button-other-commune = ‹ Chọn xã khác
# Under places found by a typed name: back to the whole list of communes, or of the commune's villages.
button-commune-list = ‹ Danh sách xã
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (show_found).
button-village-list = ‹ Danh sách thôn, bản
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (text_input).
button-agree = ✅ Đồng ý
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (text_input).
button-disagree = Không đồng ý
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (button).
button-review-consent = Xem lại thông báo

# A villager in a private chat, registering: the short data notice they agree to or decline (a
# legal text: a translation must be reviewed before use). Sent from engine/privacy.rs
# (show_consent). A { message-id } in braces is a button's label inserted by reference: keep it,
# do not write the label out.
consent-notice =
    🔒 Thông báo về dữ liệu cá nhân
    Loa Thôn lưu ngôn ngữ, nơi ở và tin nhắn bạn gửi, chỉ để gửi thông báo của xã, hướng dẫn học và chuyển kiến nghị của bạn đến đúng nơi giải quyết. Chỉ cán bộ có trách nhiệm được xem; không cung cấp cho người ngoài.
    Bạn có thể rút lại đồng ý hoặc xóa dữ liệu bất cứ lúc nào («{ menu-profile }»).
    Bạn có đồng ý không?
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (button).
consent-thanks = Cảm ơn bạn đã đồng ý.
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (button).
consent-declined = Khi chưa có sự đồng ý của bạn, Loa Thôn chưa thể lưu thông tin để phục vụ bạn. Bạn có thể xem lại thông báo và đồng ý bất cứ lúc nào.
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (button).
onboarding-done = Cảm ơn bạn! Bạn đã đăng ký xong.
# A villager in a private chat, while registering (language, commune and village, data notice) or
# changing these later. Sent from engine/dialogue.rs (asked_for_consent).
consent-needed = Việc này cần bạn đồng ý với thông báo về dữ liệu cá nhân trước.

# The last onboarding question: the village's announcements in the private chat, yes or no.
# $village: "Bản Tả Phìn". The "-from-group" text is for a person who opened the bot from the
# village's group; its "yes" button is marked as the suggested answer.
subscribe-ask = 🔔 Bạn có muốn nhận thông báo của { $village } qua tin nhắn riêng này không?
# A villager in a private chat, about receiving announcements of their village. Sent from
# engine/dialogue.rs (ask_subscription). $village: the name of a village (thôn, bản), e.g. "Bản Tả
# Phìn".
subscribe-ask-from-group = 🔔 Bạn đến từ nhóm của { $village }. Bạn có muốn nhận cả thông báo của { $village } qua tin nhắn riêng này không?
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (ask_subscription).
button-subscribe-yes = 🔔 Có, nhận thông báo
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (ask_subscription).
button-subscribe-yes-default = ✅ Có, nhận thông báo
# A button label. A villager in a private chat, while registering (language, commune and village,
# data notice) or changing these later (keep it short: about 30 characters fit; the emoji stays).
# Sent from engine/dialogue.rs (ask_subscription).
button-subscribe-no = Không nhận
# A villager in a private chat, about receiving announcements of their village. Sent from
# engine/dialogue.rs (subscription_answer). A { message-id } in braces is a button's label
# inserted by reference: keep it, do not write the label out.
subscribe-later = Bạn chưa nhận thông báo qua tin nhắn riêng. Khi cần, bạn bấm «{ menu-subscribe }» ở menu hoặc gõ /dangky.
# After "📢 Thông báo mới", for a person not subscribed; the menu with the button follows.
news-subscribe-offer = Để nhận thông báo mới ngay trong tin nhắn riêng này, bạn bấm «{ menu-subscribe }» bên dưới.

# Buttons by number: typing "2" presses the second button of the latest message with buttons.
# $count: how many buttons that message has.
hint-number-range = Chỉ có { $count } nút. Mời bạn gõ số từ 1 đến { $count }.
# A typed text where a button is expected: one line, the buttons stay where they are.
hint-press-or-type = Mời bạn bấm một nút ở tin nhắn trên, hoặc gõ số thứ tự của nút (từ 1 đến { $count }).

# The console (trying the bot in a terminal). Shown once when the chat opens.
console-hint = Mẹo: gõ số để bấm nút (gõ 1 là bấm nút [1]). Gõ /menu để về menu; Ctrl+D để thoát.
# The first line of each message the bot prints; $handle: who it is for ("lan").
console-to = 🤖 Loa Thôn → @{ $handle }:
