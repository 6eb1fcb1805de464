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
