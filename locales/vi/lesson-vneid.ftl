# Bài học: Cài đặt và dùng VNeID. Nguồn/ghi chú: Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử (thay Nghị định 59/2022/NĐ-CP), Luật Căn cước 2023 (thẻ căn cước từ 1/7/2024), hướng dẫn của Bộ Công an về đăng ký, kích hoạt tài khoản mức 2; cách làm cụ thể để Công an xã hướng dẫn.
# Cần xã xác nhận (README): yêu cầu mật khẩu, số điện thoại đứng tên chính chủ, tên nhà phát triển trên kho ứng dụng, tin nhắn duyệt hồ sơ không kèm đường link.

# The title of the lesson "vneid": a button in the lesson list (at most 30 characters with its
# emoji) and a heading.
lesson-vneid-title = 🆔 Cài đặt và dùng VNeID
# Lesson "vneid", step 1 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: what the VNeID app is and that it is free.
lesson-vneid-step-1 =
    VNeID là ứng dụng định danh điện tử quốc gia của Bộ Công an.
    Có tài khoản VNeID, bạn làm được nhiều thủ tục hành chính ngay trên điện thoại, xem giấy tờ của mình và đăng nhập Cổng Dịch vụ công quốc gia.
    Tải ứng dụng và đăng ký tài khoản VNeID đều không mất tiền. Ai đòi tiền để "làm hộ VNeID" là lừa đảo.
# Lesson "vneid", step 2 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: how to install it from the official app store.
lesson-vneid-step-2 =
    Cách cài đặt:
    Mở CH Play (điện thoại Android) hoặc App Store (iPhone).
    Gõ tìm "VNeID".
    Chọn đúng ứng dụng VNeID: nhà phát triển là Trung tâm dữ liệu quốc gia về dân cư (Bộ Công an). Bấm Cài đặt.
    Không cài VNeID từ đường link người lạ gửi qua tin nhắn, Zalo hay Facebook.
# Lesson "vneid", step 3 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: the two levels of VNeID account.
lesson-vneid-step-3 =
    Tài khoản VNeID có 2 mức.
    Mức 1: tự đăng ký trên ứng dụng, dùng được một số tiện ích.
    Mức 2: dùng thay thẻ căn cước khi làm nhiều thủ tục; xem thẻ bảo hiểm y tế, giấy phép lái xe, đăng ký xe đã tích hợp; làm được nhiều thủ tục trên mạng hơn.
    Muốn có mức 2, bạn đến Công an xã đăng ký, không mất tiền. Không cần có mức 1 trước.
# Lesson "vneid", step 4 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: how to register for level 2 at the commune police.
lesson-vneid-step-4 =
    Đăng ký mức 2:
    Bạn đến Công an xã (hoặc nơi làm thẻ căn cước).
    Mang theo thẻ căn cước (hoặc thẻ Căn cước công dân gắn chip còn hạn).
    Mang theo điện thoại có số đang dùng. Số này cần đứng tên chính bạn; nếu số đứng tên người khác, hãy hỏi Công an xã.
    Cán bộ sẽ chụp ảnh, lấy vân tay và hướng dẫn bạn.
# Lesson "vneid", step 5 of 7 (a villager reads it in a private chat, with Back/Next buttons below).
# This step: the approval message; activate in the app yourself, never through a link.
lesson-vneid-step-5 =
    Khi hồ sơ được duyệt, số điện thoại đã đăng ký sẽ nhận tin nhắn báo.
    Công an không gửi đường link để kích hoạt. Tin nhắn "hồ sơ đã duyệt, bấm link để kích hoạt" là lừa đảo: không bấm.
    Bạn tự mở ứng dụng VNeID, chọn kích hoạt tài khoản.
    Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại.
    Ứng dụng gửi mã kích hoạt qua tin nhắn. Bạn tự nhập mã này vào ứng dụng.
# Lesson "vneid", step 6 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: setting a strong password and a 6-digit passcode.
lesson-vneid-step-6 =
    Tiếp theo, bạn đặt mật khẩu và passcode (6 số).
    Mật khẩu cần có chữ hoa, chữ thường, chữ số và ký tự đặc biệt (như @, #); ứng dụng sẽ báo nếu chưa đủ.
    Passcode: không dùng ngày sinh, không dùng 123456.
    Nếu sợ quên, ghi ra giấy, cất kỹ ở nhà, không để cùng điện thoại.
    Khi không dùng, hãy khóa màn hình điện thoại.
# Lesson "vneid", step 7 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: never give your codes or password to anyone.
lesson-vneid-step-7 =
    Không đọc, không gửi mã kích hoạt, mã OTP, mật khẩu, passcode cho ai qua điện thoại, tin nhắn hay mạng xã hội, kể cả người xưng là công an, cán bộ.
    Công an không gọi điện bảo bạn cài VNeID qua đường link, không xin mã của bạn.
    Cần giúp, bạn đến thẳng Công an xã hoặc hỏi người hướng dẫn kỹ năng số ở thôn, bản.
# Lesson "vneid", quiz question 1 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-vneid-q1 = Bạn nên tải ứng dụng VNeID ở đâu?
# An answer button to quiz question 1 of lesson "vneid": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q1-a = Đường link người lạ gửi
# An answer button to quiz question 1 of lesson "vneid": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q1-b = CH Play hoặc App Store
# An answer button to quiz question 1 of lesson "vneid": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q1-c = Trang quảng cáo trên Facebook
# Lesson "vneid", quiz question 1: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-vneid-q1-why =
    Chỉ tải VNeID từ kho ứng dụng chính thức: CH Play (Android) hoặc App Store (iPhone).
    Ứng dụng giả cài qua đường link có thể lấy cắp thông tin và tiền của bạn.
# Lesson "vneid", quiz question 2 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-vneid-q2 = Muốn có tài khoản VNeID mức 2, bạn làm thế nào?
# An answer button to quiz question 2 of lesson "vneid": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q2-a = Nhờ người lạ làm hộ qua mạng
# An answer button to quiz question 2 of lesson "vneid": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q2-b = Trả phí cho người nhận làm hộ ở chợ
# An answer button to quiz question 2 of lesson "vneid": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q2-c = Đến Công an xã, mang thẻ căn cước
# Lesson "vneid", quiz question 2: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-vneid-q2-why =
    Muốn có mức 2, bạn đến Công an xã (hoặc nơi làm thẻ căn cước), mang theo thẻ căn cước và điện thoại của mình. Đăng ký không mất tiền.
    Người lạ gọi điện, nhắn tin nhận làm hộ hay đòi tiền là kẻ lừa đảo.
# Lesson "vneid", quiz question 3 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-vneid-q3 = Có người gọi điện xưng là công an, xin mã kích hoạt VNeID của bạn. Bạn làm gì?
# An answer button to quiz question 3 of lesson "vneid": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q3-a = Đọc mã cho họ
# An answer button to quiz question 3 of lesson "vneid": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q3-b = Không đưa mã, tắt máy
# An answer button to quiz question 3 of lesson "vneid": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-vneid-q3-c = Hỏi lại tên, thấy đúng thì đọc mã
# Lesson "vneid", quiz question 3: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-vneid-q3-why =
    Mã kích hoạt, mã OTP chỉ mình bạn được biết.
    Công an không xin mã qua điện thoại. Người xin mã là kẻ lừa đảo, có thể chiếm tài khoản của bạn.
    Hãy tắt máy và báo Công an xã.
