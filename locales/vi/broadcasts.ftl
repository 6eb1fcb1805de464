# Announcements (thông báo): admins write them; villages' groups and subscribers receive them.

menu-news = 📢 Thông báo mới
menu-broadcast = 📣 Gửi thông báo

broadcast-header = 📢 THÔNG BÁO
broadcast-latest-none = Chưa có thông báo mới cho thôn, bản của bạn.
subscribe-done = 🔔 Bạn đã đăng ký nhận thông báo của { $village }. Thông báo sẽ được gửi vào tin nhắn riêng này. Gõ /huydangky để thôi nhận.
subscribe-already = Bạn đã đăng ký nhận thông báo của { $village } rồi.
unsubscribe-done = Bạn đã thôi nhận thông báo qua tin nhắn riêng. Gõ /dangky để đăng ký lại.
unsubscribe-not-subscribed = Bạn chưa đăng ký nhận thông báo. Gõ /dangky để đăng ký.

broadcast-recent-title = 📣 Các thông báo gần đây:
broadcast-none-yet = Chưa có thông báo nào.
broadcast-ask-target = Thông báo gửi đến đâu? Mời đồng chí chọn (có thể chọn nhiều nơi):
broadcast-village-hint = Muốn gửi riêng một thôn, bản: gõ tên thôn, bản.
broadcast-chosen = Đã chọn: { $areas }
broadcast-ask-audience = Gửi cho ai?
broadcast-ask-languages = Gửi cho người dùng ngôn ngữ nào?
broadcast-ask-text = Mời đồng chí gõ nội dung thông báo (ngôn ngữ: { $language }), ngắn gọn, dễ hiểu.
broadcast-ask-voice = Mời đồng chí gửi tin nhắn thoại đọc thông báo.
broadcast-preview-title = Xem trước: thông báo sẽ đến { $total } nơi.
broadcast-preview-language =
    { $count ->
       *[other] • { $language }: { $count } nơi.
    }
broadcast-preview-fallback =
    { $count ->
       *[other] • { $language }: { $count } nơi — ⚠️ chưa có bản { $language }, sẽ gửi bản tiếng Việt.
    }
broadcast-no-recipients = ⚠️ Chưa có nhóm thôn, bản hay người đăng ký nào ở nơi đã chọn.
broadcast-needs-vietnamese = Thông báo cần có bản tiếng Việt trước.
broadcast-ask-time = Gửi lúc nào? Mời đồng chí gõ giờ và ngày, ví dụ: 07:30 25/12/2026.
broadcast-time-format = Chưa đọc được thời gian. Mời đồng chí gõ theo mẫu: 07:30 25/12/2026.
broadcast-time-past = Thời điểm này đã qua. Mời đồng chí chọn thời điểm sau bây giờ.
broadcast-started =
    { $count ->
       *[other] 📨 Đang gửi thông báo số { $id } đến { $count } nơi. Khi gửi xong, đồng chí sẽ nhận được kết quả.
    }
broadcast-scheduled = 🕒 Thông báo số { $id } sẽ được gửi lúc { $when }. Gõ /thongbao để xem hoặc hủy.
broadcast-cancelled = Đã hủy thông báo số { $id }. Những tin đã gửi đi thì không thu hồi được.
broadcast-not-cancellable = Thông báo số { $id } đã gửi xong hoặc đã hủy, không hủy được nữa.
broadcast-summary-title =
    { $total ->
       *[other] 📣 Thông báo số { $id } ({ $status }): { $total } nơi nhận.
    }
broadcast-figures = Đã đến: { $delivered } · Lỗi: { $failed } · Bị chặn: { $blocked } · Bỏ qua: { $skipped } · Đang chờ: { $pending }
broadcast-status-draft = bản nháp
broadcast-status-scheduled = đã hẹn giờ
broadcast-status-sending = đang gửi
broadcast-status-done = đã gửi xong
broadcast-status-cancelled = đã hủy

button-broadcast-new = ✏️ Soạn thông báo mới
button-broadcast-cancel = 🛑 Hủy thông báo số { $id }
button-continue = Tiếp ›
button-audience-groups = 👥 Nhóm thôn, bản
button-audience-subscribers = 🔔 Người đăng ký nhận tin
button-audience-both = Cả hai
button-all-languages = Tất cả ngôn ngữ
button-only-language = Chỉ người dùng { $language }
button-add-variant = ➕ Thêm bản { $language }
button-add-voice = 🎤 Thêm tin nhắn thoại
button-send-now = 📨 Gửi ngay
button-schedule = 🕒 Hẹn giờ gửi
button-urgent = 🚨 Khẩn cấp
button-not-urgent = Bỏ khẩn cấp
broadcast-urgent-note = 🚨 Thông báo khẩn cấp: được gửi trước mọi thông báo khác, các nhóm thôn, bản trước, người đăng ký sau. Chỉ dùng khi có nguy hiểm đến tính mạng, tài sản (sạt lở, lũ quét, bão).
