# Onboarding: language, commune and village, data notice.

language-choose = Mời bạn chọn ngôn ngữ:
language-set = Đã chọn ngôn ngữ: { $language }.
language-draft-note = Bản dịch ngôn ngữ này chưa được người bản ngữ duyệt lại. Phần nào chưa dịch sẽ hiện bằng tiếng Việt.

place-choose-commune = Bạn ở xã nào? Mời bạn chọn xã:
place-choose-village = { $commune }: bạn ở thôn, bản hay tổ dân phố nào?
place-type-hint = Bạn cũng có thể gõ tên, có dấu hay không dấu đều được (ví dụ: ta phin).
place-several-found =
    { $count ->
       *[other] Có { $count } nơi trùng tên bạn gõ. Mời bạn chọn đúng nơi của mình:
    }
place-not-found = Không tìm thấy nơi nào tên «{ $query }». Mời bạn gõ lại hoặc chọn trong danh sách.
place-set = Đã ghi nhận: bạn ở { $village }, { $commune }.
place-none-configured = Xã chưa nhập danh sách thôn, bản. Mời bạn quay lại sau hoặc báo cho cán bộ xã.
place-commune-empty = { $commune } chưa có danh sách thôn, bản. Mời bạn chọn xã khác.

button-previous = ‹ Trang trước
button-next = Trang sau ›
button-other-commune = ‹ Chọn xã khác
# Under places found by a typed name: back to the whole list of communes, or of the commune's villages.
button-commune-list = ‹ Danh sách xã
button-village-list = ‹ Danh sách thôn, bản
button-agree = ✅ Đồng ý
button-disagree = Không đồng ý
button-review-consent = Xem lại thông báo

consent-notice =
    🔒 Thông báo về dữ liệu cá nhân
    Loa Thôn lưu ngôn ngữ, nơi ở và tin nhắn bạn gửi, chỉ để gửi thông báo của xã, hướng dẫn học và chuyển kiến nghị của bạn đến đúng nơi giải quyết. Chỉ cán bộ có trách nhiệm được xem; không cung cấp cho người ngoài.
    Bạn có thể rút lại đồng ý hoặc xóa dữ liệu bất cứ lúc nào («{ menu-profile }»).
    Bạn có đồng ý không?
consent-thanks = Cảm ơn bạn đã đồng ý.
consent-declined = Khi chưa có sự đồng ý của bạn, Loa Thôn chưa thể lưu thông tin để phục vụ bạn. Bạn có thể xem lại thông báo và đồng ý bất cứ lúc nào.
onboarding-done = Cảm ơn bạn! Bạn đã đăng ký xong.
consent-needed = Việc này cần bạn đồng ý với thông báo về dữ liệu cá nhân trước.

# The last onboarding question: the village's announcements in the private chat, yes or no.
# $village: "Bản Tả Phìn". The "-from-group" text is for a person who opened the bot from the
# village's group; its "yes" button is marked as the suggested answer.
subscribe-ask = 🔔 Bạn có muốn nhận thông báo của { $village } qua tin nhắn riêng này không?
subscribe-ask-from-group = 🔔 Bạn đến từ nhóm của { $village }. Bạn có muốn nhận cả thông báo của { $village } qua tin nhắn riêng này không?
button-subscribe-yes = 🔔 Có, nhận thông báo
button-subscribe-yes-default = ✅ Có, nhận thông báo
button-subscribe-no = Không nhận
subscribe-later = Bạn chưa nhận thông báo qua tin nhắn riêng. Khi cần, bạn bấm «🔔 Nhận thông báo» ở menu hoặc gõ /dangky.
# After "📢 Thông báo mới", for a person not subscribed; the menu with the button follows.
news-subscribe-offer = Để nhận thông báo mới ngay trong tin nhắn riêng này, bạn bấm «🔔 Nhận thông báo» bên dưới.

# Buttons by number: typing "2" presses the second button of the latest message with buttons.
# $count: how many buttons that message has.
hint-number-range = Chỉ có { $count } nút. Mời bạn gõ số từ 1 đến { $count }.
# A typed text where a button is expected: one line, the buttons stay where they are.
hint-press-or-type = Mời bạn bấm một nút ở tin nhắn trên, hoặc gõ số thứ tự của nút (từ 1 đến { $count }).

# The console (trying the bot in a terminal). Shown once when the chat opens.
console-hint = Mẹo: gõ số để bấm nút (gõ 1 là bấm nút [1]). Gõ /menu để về menu; Ctrl+D để thoát.
# The first line of each message the bot prints; $handle: who it is for ("lan").
console-to = 🤖 Loa Thôn → @{ $handle }:
