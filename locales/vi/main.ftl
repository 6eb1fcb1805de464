# Tiếng Việt: the source language. Every message the bot shows must be here.
# Write as a commune civil servant would: polite, plain, short sentences, one idea each.

language-name = Tiếng Việt

welcome =
    Xin chào! Tôi là Loa Thôn, trợ lý trò chuyện của xã.
    Tôi giúp bà con nhận thông báo của xã, học kỹ năng số và gửi ý kiến, kiến nghị đến cơ quan có trách nhiệm.
welcome-back = Chào mừng bạn quay lại!

help-text =
    ℹ️ Loa Thôn có thể giúp bạn:
    • Gửi kiến nghị, phản ánh: /kiennghi
    • Theo dõi kiến nghị: /theodoi
    • Nhận thông báo của thôn, bản: /dangky
    • Học kỹ năng số: /hoc
    • Đổi ngôn ngữ: /ngonngu
    • Thông tin của bạn, rút lại đồng ý, xóa dữ liệu: «👤 Thông tin của tôi»
    • Danh sách chức năng: /menu · Hủy việc đang làm: /huy
    Bấm nút thay cho gõ chữ cũng được; gõ không dấu cũng được.
# Shown under help-text to officers only.
help-officer = Cán bộ: /hangdoi xem và xử lý kiến nghị của đơn vị.
# Shown under help-text to admins only.
help-admin = Quản trị: /thongbao gửi thông báo, /moi mời cán bộ, /canbo thu hồi quyền cán bộ, /baocao và /tiendo xem báo cáo.

cancelled = Đã hủy.
unknown-command = Tôi chưa hiểu lệnh { $command }. Gõ /trogiup để xem các lệnh dùng được.
conversation-reset = Loa Thôn vừa được nâng cấp nên cuộc trò chuyện dang dở đã được làm mới. Xin lỗi vì sự bất tiện, mời bạn tiếp tục.

hint-empty = Tin nhắn trống. Mời bạn gõ lại hoặc bấm một nút bên dưới.
hint-too-long = Tin nhắn dài { $length } ký tự, vượt quá giới hạn { $max } ký tự. Mời bạn gửi ngắn hơn.
hint-choose-button = Mời bạn bấm một nút bên dưới.
hint-not-understood = Tôi chưa hiểu ý bạn. Mời bạn chọn một chức năng bên dưới.
hint-button-outdated = Nút này đã cũ, không còn dùng được. Mời bạn chọn lại.
hint-media-not-expected = Lúc này tôi chưa cần ảnh, tiếng nói hay tệp. Mời bạn trả lời câu hỏi bên dưới.

error-try-again = Xin lỗi, hệ thống đang bận nên chưa xử lý được tin nhắn của bạn. Mời bạn gửi lại sau ít phút.
error-internal = Xin lỗi, đã có lỗi khi hiển thị tin nhắn này.

group-help =
    Xin chào bà con! Tôi là Loa Thôn, trợ lý trò chuyện của xã.
    Để chọn ngôn ngữ, nơi ở và dùng các chức năng, mời bà con nhắn riêng cho tôi.
group-private-only = Việc này cần làm trong tin nhắn riêng với Loa Thôn để giữ kín thông tin của bạn. Mời bạn nhắn riêng cho tôi.

role-citizen = Người dân
role-admin = Quản trị ({ $scope })
role-officer = Cán bộ ({ $scope })
role-helper = Người bản số ({ $scope })
scope-everywhere = toàn hệ thống
flood-slow-down = Bạn gửi tin nhắn nhanh quá. Mời bạn chờ một phút rồi gửi tiếp; những tin gửi trong lúc này chưa được xử lý.
