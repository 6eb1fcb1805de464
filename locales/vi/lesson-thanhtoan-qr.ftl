# Bài học: Thanh toán bằng mã QR an toàn. Nguồn/ghi chú: khuyến cáo chung của Ngân hàng Nhà nước và các ngân hàng (kiểm tra người nhận, không lộ OTP, chỉ cài ứng dụng từ kho chính thức); không nêu tên ngân hàng, số tổng đài hay hạn mức cụ thể.

# A villager doing the quiz of the lesson "thanhtoan-qr" (private chat), one screen of it.
lesson-thanhtoan-qr-title = 💳 Trả tiền bằng mã QR
# Lesson "thanhtoan-qr", step 1 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: what a QR code is and what paying by QR means.
lesson-thanhtoan-qr-step-1 =
    Mã QR là một ô vuông có nhiều chấm đen trắng.
    Nhiều cửa hàng, người bán dán mã QR để nhận tiền chuyển khoản.
    Bạn dùng ứng dụng ngân hàng trên điện thoại để quét mã và trả tiền, không cần tiền mặt.
    Mã có chữ VietQR (hoặc NAPAS 247) quét được bằng ứng dụng của hầu hết ngân hàng. Ví điện tử và Mobile Money (tiền di động của nhà mạng) cũng trả tiền bằng mã QR như vậy.
# Lesson "thanhtoan-qr", step 2 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: keeping your phone and bank app safe first.
lesson-thanhtoan-qr-step-2 =
    Trước hết, giữ điện thoại an toàn:
    Chỉ tải ứng dụng ngân hàng từ CH Play hoặc App Store, đúng tên ngân hàng của bạn.
    Không cài ứng dụng từ đường link lạ.
    Đặt khóa màn hình bằng mật khẩu, vân tay hoặc khuôn mặt.
    Không cho người lạ mượn điện thoại để "cài giúp".
# Lesson "thanhtoan-qr", step 3 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: how to pay: open the bank app and scan the code.
lesson-thanhtoan-qr-step-3 =
    Cách trả tiền:
    Mở ứng dụng ngân hàng, đăng nhập.
    Chọn chức năng quét mã QR.
    Đưa camera vào mã QR của người bán, giữ yên tay đến khi quét xong.
# Lesson "thanhtoan-qr", step 4 of 7 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: the most important step: check the receiver's name and the amount before
# confirming.
lesson-thanhtoan-qr-step-4 =
    Quan trọng nhất: KIỂM TRA trước khi bấm xác nhận.
    Tên người nhận có đúng là người bán không?
    Số tiền có đúng không? Nếu phải tự gõ số tiền, gõ cẩn thận, đếm đủ số 0.
    Kẻ gian có thể dán mã QR giả đè lên mã thật. Thấy tên người nhận lạ, hãy dừng lại, hỏi người bán.
# Lesson "thanhtoan-qr", step 5 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: confirming with PIN, OTP or face check.
lesson-thanhtoan-qr-step-5 =
    Bấm xác nhận. Ứng dụng có thể hỏi mã PIN, mã OTP hoặc xác thực khuôn mặt.
    Chỉ nhập những mã này trong ứng dụng ngân hàng của chính bạn.
    Không đọc, không gửi mã OTP, mật khẩu cho bất kỳ ai. Ngân hàng không bao giờ hỏi mã OTP của bạn.
# Lesson "thanhtoan-qr", step 6 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: after paying: the success screen and keeping the receipt.
lesson-thanhtoan-qr-step-6 =
    Chuyển xong, màn hình báo giao dịch thành công.
    Hãy lưu biên lai hoặc chụp màn hình lại.
    Biên lai có mã giao dịch, giúp bạn hỏi lại ngân hàng khi có vấn đề.
    Thỉnh thoảng xem lại lịch sử giao dịch trong ứng dụng.
# Lesson "thanhtoan-qr", step 7 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: sent to the wrong person or swindled: tell the bank at once.
lesson-thanhtoan-qr-step-7 =
    Chuyển nhầm hoặc nghi bị lừa? Báo ngay cho ngân hàng.
    Gọi số tổng đài in trên thẻ ngân hàng hoặc ghi trong ứng dụng, hoặc đến chi nhánh ngân hàng.
    Không tìm số tổng đài trên mạng xã hội, vì có nhiều số giả.
    Bị lừa thì báo thêm cho Công an xã.
    Có người báo "chuyển nhầm" tiền vào tài khoản của bạn rồi đòi chuyển lại? Không chuyển lại theo lời người gọi: báo ngân hàng để ngân hàng xử lý.
# Lesson "thanhtoan-qr", quiz question 1 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-thanhtoan-qr-q1 = Quét mã QR xong, bạn phải làm gì trước khi bấm xác nhận?
# An answer button to quiz question 1 of lesson "thanhtoan-qr": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q1-a = Bấm xác nhận ngay
# An answer button to quiz question 1 of lesson "thanhtoan-qr": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q1-b = Xem tên người nhận và số tiền
# An answer button to quiz question 1 of lesson "thanhtoan-qr": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q1-c = Gửi mã OTP cho người bán
# Lesson "thanhtoan-qr", quiz question 1: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-thanhtoan-qr-q1-why =
    Luôn xem tên người nhận và số tiền trước khi bấm xác nhận.
    Nếu tên lạ hoặc số tiền sai, hãy dừng lại và hỏi người bán.
    Không bao giờ gửi mã OTP cho ai.
# Lesson "thanhtoan-qr", quiz question 2 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-thanhtoan-qr-q2 = Có người gọi điện xưng là nhân viên ngân hàng, xin mã OTP của bạn. Bạn làm gì?
# An answer button to quiz question 2 of lesson "thanhtoan-qr": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q2-a = Không đưa mã, tắt máy
# An answer button to quiz question 2 of lesson "thanhtoan-qr": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q2-b = Đọc mã OTP cho họ
# An answer button to quiz question 2 of lesson "thanhtoan-qr": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q2-c = Đọc nửa mã để họ kiểm tra
# Lesson "thanhtoan-qr", quiz question 2: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-thanhtoan-qr-q2-why =
    Ngân hàng không bao giờ hỏi mã OTP. Ai xin mã OTP là kẻ lừa đảo.
    Hãy tắt máy. Nếu lo lắng, gọi số tổng đài in trên thẻ ngân hàng để hỏi.
# Lesson "thanhtoan-qr", quiz question 3 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-thanhtoan-qr-q3 = Nên tải ứng dụng ngân hàng ở đâu?
# An answer button to quiz question 3 of lesson "thanhtoan-qr": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q3-a = CH Play hoặc App Store
# An answer button to quiz question 3 of lesson "thanhtoan-qr": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q3-b = Đường link trong tin nhắn lạ
# An answer button to quiz question 3 of lesson "thanhtoan-qr": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-thanhtoan-qr-q3-c = Tệp người bán gửi qua Zalo
# Lesson "thanhtoan-qr", quiz question 3: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-thanhtoan-qr-q3-why =
    Chỉ tải ứng dụng ngân hàng từ CH Play (Android) hoặc App Store (iPhone), đúng tên ngân hàng của bạn.
    Ứng dụng giả có thể lấy hết tiền trong tài khoản.
