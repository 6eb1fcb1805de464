# Bài học: Cài đặt và dùng VNeID. Nguồn/ghi chú: Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử (thay Nghị định 59/2022/NĐ-CP), Luật Căn cước 2023 (thẻ căn cước từ 1/7/2024), hướng dẫn của Bộ Công an về đăng ký, kích hoạt tài khoản mức 2; cách làm cụ thể để Công an xã hướng dẫn.
# Cần xã xác nhận (README): yêu cầu mật khẩu, số điện thoại đứng tên chính chủ, tên nhà phát triển trên kho ứng dụng, tin nhắn duyệt hồ sơ không kèm đường link.

# The title of the lesson "vneid": a button in the lesson list (at most 30 characters with its
# emoji) and a heading.
lesson-vneid-title = 🆔 Cài đặt và dùng VNeID
# A villager reading the lesson "vneid" in a private chat: one step of it, under Back/Next
# buttons.
lesson-vneid-step-1 =
    VNeID là ứng dụng định danh điện tử quốc gia của Bộ Công an.
    Có tài khoản VNeID, bạn làm được nhiều thủ tục hành chính ngay trên điện thoại, xem giấy tờ của mình và đăng nhập Cổng Dịch vụ công quốc gia.
    Tải ứng dụng và đăng ký tài khoản VNeID đều không mất tiền. Ai đòi tiền để "làm hộ VNeID" là lừa đảo.
# A villager reading the lesson "vneid" in a private chat: one step of it, under Back/Next
# buttons.
lesson-vneid-step-2 =
    Cách cài đặt:
    Mở CH Play (điện thoại Android) hoặc App Store (iPhone).
    Gõ tìm "VNeID".
    Chọn đúng ứng dụng VNeID: nhà phát triển là Trung tâm dữ liệu quốc gia về dân cư (Bộ Công an). Bấm Cài đặt.
    Không cài VNeID từ đường link người lạ gửi qua tin nhắn, Zalo hay Facebook.
# A villager reading the lesson "vneid" in a private chat: one step of it, under Back/Next
# buttons.
lesson-vneid-step-3 =
    Tài khoản VNeID có 2 mức.
    Mức 1: tự đăng ký trên ứng dụng, dùng được một số tiện ích.
    Mức 2: dùng thay thẻ căn cước khi làm nhiều thủ tục; xem thẻ bảo hiểm y tế, giấy phép lái xe, đăng ký xe đã tích hợp; làm được nhiều thủ tục trên mạng hơn.
    Muốn có mức 2, bạn đến Công an xã đăng ký, không mất tiền. Không cần có mức 1 trước.
# A villager reading the lesson "vneid" in a private chat: one step of it, under Back/Next
# buttons.
lesson-vneid-step-4 =
    Đăng ký mức 2:
    Bạn đến Công an xã (hoặc nơi làm thẻ căn cước).
    Mang theo thẻ căn cước (hoặc thẻ Căn cước công dân gắn chip còn hạn).
    Mang theo điện thoại có số đang dùng. Số này cần đứng tên chính bạn; nếu số đứng tên người khác, hãy hỏi Công an xã.
    Cán bộ sẽ chụp ảnh, lấy vân tay và hướng dẫn bạn.
# A villager reading the lesson "vneid" in a private chat: one step of it, under Back/Next
# buttons.
lesson-vneid-step-5 =
    Khi hồ sơ được duyệt, số điện thoại đã đăng ký sẽ nhận tin nhắn báo.
    Công an không gửi đường link để kích hoạt. Tin nhắn "hồ sơ đã duyệt, bấm link để kích hoạt" là lừa đảo: không bấm.
    Bạn tự mở ứng dụng VNeID, chọn kích hoạt tài khoản.
    Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại.
    Ứng dụng gửi mã kích hoạt qua tin nhắn. Bạn tự nhập mã này vào ứng dụng.
# A villager reading the lesson "vneid" in a private chat: one step of it, under Back/Next
# buttons.
lesson-vneid-step-6 =
    Tiếp theo, bạn đặt mật khẩu và mã passcode 6 số.
    Mật khẩu cần có chữ hoa, chữ thường, chữ số và ký tự đặc biệt (như @, #); ứng dụng sẽ báo nếu chưa đủ.
    Passcode: không dùng ngày sinh, không dùng 123456.
    Nếu sợ quên, ghi ra giấy, cất kỹ ở nhà, không để cùng điện thoại.
    Khi không dùng, hãy khóa màn hình điện thoại.
# A villager reading the lesson "vneid" in a private chat: one step of it, under Back/Next
# buttons.
lesson-vneid-step-7 =
    Không đọc, không gửi mã kích hoạt, mã OTP, mật khẩu, passcode cho ai qua điện thoại, tin nhắn hay mạng xã hội, kể cả người xưng là công an, cán bộ.
    Công an không gọi điện bảo bạn cài VNeID qua đường link, không xin mã của bạn.
    Cần giúp, bạn đến thẳng Công an xã hoặc hỏi người hướng dẫn kỹ năng số ở thôn, bản.
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q1 = Bạn nên tải ứng dụng VNeID ở đâu?
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q1-a = Đường link người lạ gửi
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q1-b = CH Play hoặc App Store
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q1-c = Trang quảng cáo trên Facebook
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q1-why =
    Chỉ tải VNeID từ kho ứng dụng chính thức: CH Play (Android) hoặc App Store (iPhone).
    Ứng dụng giả cài qua đường link có thể lấy cắp thông tin và tiền của bạn.
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q2 = Muốn có tài khoản VNeID mức 2, bạn làm thế nào?
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q2-a = Nhờ người lạ làm hộ qua mạng
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q2-b = Trả phí cho người nhận làm hộ ở chợ
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q2-c = Đến Công an xã, mang thẻ căn cước
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q2-why =
    Muốn có mức 2, bạn đến Công an xã (hoặc nơi làm thẻ căn cước), mang theo thẻ căn cước và điện thoại của mình. Đăng ký không mất tiền.
    Người lạ gọi điện, nhắn tin nhận làm hộ hay đòi tiền là kẻ lừa đảo.
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q3 = Có người gọi điện xưng là công an, xin mã kích hoạt VNeID của bạn. Bạn làm gì?
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q3-a = Đọc mã cho họ
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q3-b = Không đưa mã, tắt máy
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q3-c = Hỏi lại tên, thấy đúng thì đọc mã
# A villager doing the quiz of the lesson "vneid" (private chat), one screen of it.
lesson-vneid-q3-why =
    Mã kích hoạt, mã OTP chỉ mình bạn được biết.
    Công an không xin mã qua điện thoại. Người xin mã là kẻ lừa đảo, có thể chiếm tài khoản của bạn.
    Hãy tắt máy và báo Công an xã.
