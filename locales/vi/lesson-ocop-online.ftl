# Bài học: Bán sản phẩm OCOP trên mạng. Nguồn/ghi chú: Chương trình Mỗi xã một sản phẩm (OCOP), sản phẩm được công nhận từ 3 đến 5 sao; lời khuyên bán hàng chung, không nêu tên sàn, hãng giao hàng hay mức thuế cụ thể.
# Cần xã xác nhận (README): thời hạn giấy chứng nhận OCOP (36 tháng); bỏ thuế khoán hộ kinh doanh từ 1/1/2026; sàn thương mại điện tử khấu trừ thuế thay hộ kinh doanh (Nghị định 117/2025/NĐ-CP); đăng ký hộ kinh doanh tại xã.

# The title of the lesson "ocop-online": a button in the lesson list (at most 30 characters with
# its emoji) and a heading.
lesson-ocop-online-title = 🛒 Bán sản phẩm OCOP trên mạng
# Lesson "ocop-online", step 1 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: what OCOP ("One Commune One Product") is and its star ratings.
lesson-ocop-online-step-1 =
    OCOP là Chương trình "Mỗi xã một sản phẩm". Sản phẩm được đánh giá, công nhận từ 3 đến 5 sao.
    Bán hàng trên mạng giúp sản phẩm của thôn, bản đến với người mua ở xa.
    Chỉ ghi chữ OCOP và số sao khi sản phẩm đã được công nhận chính thức và giấy chứng nhận còn hạn (thường là 36 tháng).
# Lesson "ocop-online", step 2 of 7 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: where to sell online, under your real name; registering as a household
# business.
lesson-ocop-online-step-2 =
    Bạn có thể bán qua Zalo, Facebook hoặc các sàn thương mại điện tử.
    Nên bắt đầu từ nơi bạn đã quen dùng.
    Dùng tên và số điện thoại thật của bạn.
    Nếu bán thường xuyên, hãy đăng ký hộ kinh doanh tại xã.
    Thuế của hộ kinh doanh thay đổi từ năm 2026 (bỏ thuế khoán; bán trên sàn thương mại điện tử thì sàn có thể khấu trừ thuế thay bạn). Hãy hỏi cán bộ xã, cán bộ thuế để biết việc của mình.
# Lesson "ocop-online", step 3 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: taking good, true photos of the product.
lesson-ocop-online-step-3 =
    Chụp ảnh đẹp và thật:
    Chụp ban ngày, chỗ đủ sáng, nền gọn gàng.
    Chụp cả sản phẩm, bao bì, nhãn, và chụp gần.
    Không lấy ảnh trên mạng, không chỉnh màu làm khác sản phẩm thật.
    Thêm ảnh nơi trồng, nơi làm ra sản phẩm để người mua tin tưởng.
# Lesson "ocop-online", step 4 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: describing the product honestly, with a clear price.
lesson-ocop-online-step-4 =
    Mô tả trung thực, giá rõ ràng:
    Ghi tên sản phẩm, nơi làm ra, khối lượng, cách bảo quản, hạn sử dụng.
    Ghi giá bán và phí giao hàng, nói rõ ai trả phí.
    Không nói quá công dụng. Không quảng cáo thực phẩm chữa được bệnh.
# Lesson "ocop-online", step 5 of 7 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: answering buyers politely and getting paid safely (check the money really
# arrived).
lesson-ocop-online-step-5 =
    Trả lời khách nhanh, lịch sự, nói rõ còn hàng hay hết hàng.
    Nhận tiền qua chuyển khoản, mã QR ngân hàng của bạn, hoặc thu tiền khi giao hàng.
    Khách chuyển khoản trước? Mở ứng dụng ngân hàng xem tiền đã vào chưa. Không tin ảnh chụp màn hình, vì ảnh có thể làm giả.
# Lesson "ocop-online", step 6 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: packing and shipping the goods; keeping the tracking code.
lesson-ocop-online-step-6 =
    Đóng gói chắc chắn: hàng dễ vỡ thì chèn kỹ, thực phẩm thì bọc kín.
    Gửi qua bưu điện hoặc công ty giao hàng. Hỏi trước giá cước và thời gian giao.
    Giữ mã vận đơn và báo cho khách để khách theo dõi.
    Người lạ gửi đường link "nhận tiền", "xác nhận đơn"? Không bấm.
# Lesson "ocop-online", step 7 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: keeping your word with buyers.
lesson-ocop-online-step-7 =
    Giữ chữ tín:
    Giao đúng hàng như ảnh và lời mô tả.
    Hàng hỏng, giao sai thì nhận lỗi, đổi hàng hoặc trả lại tiền.
    Cảm ơn khách, xin khách góp ý.
    Khách hài lòng sẽ mua lại và giới thiệu thêm người mua.
# Lesson "ocop-online", quiz question 1 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-ocop-online-q1 = Ảnh sản phẩm đăng bán nên như thế nào?
# An answer button to quiz question 1 of lesson "ocop-online": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q1-a = Ảnh thật, rõ, đủ sáng
# An answer button to quiz question 1 of lesson "ocop-online": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q1-b = Lấy ảnh đẹp trên mạng
# An answer button to quiz question 1 of lesson "ocop-online": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q1-c = Chỉnh màu cho đẹp hơn thật
# Lesson "ocop-online", quiz question 1: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-ocop-online-q1-why =
    Hãy dùng ảnh thật của sản phẩm, chụp rõ, đủ sáng.
    Ảnh lấy trên mạng hay chỉnh khác sản phẩm thật làm khách mất lòng tin.
# Lesson "ocop-online", quiz question 2 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-ocop-online-q2 = Khách gửi ảnh chụp màn hình đã chuyển tiền. Bạn làm gì?
# An answer button to quiz question 2 of lesson "ocop-online": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q2-a = Giao hàng ngay
# An answer button to quiz question 2 of lesson "ocop-online": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q2-b = Xem tiền đã vào tài khoản chưa
# An answer button to quiz question 2 of lesson "ocop-online": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q2-c = Nhờ khách gửi thêm một ảnh nữa
# Lesson "ocop-online", quiz question 2: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-ocop-online-q2-why =
    Ảnh chụp màn hình có thể làm giả.
    Hãy mở ứng dụng ngân hàng của bạn, thấy tiền đã vào tài khoản thì mới giao hàng.
# Lesson "ocop-online", quiz question 3 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-ocop-online-q3 = Khi nào được ghi "OCOP 4 sao" lên sản phẩm?
# An answer button to quiz question 3 of lesson "ocop-online": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q3-a = Khi sản phẩm bán chạy
# An answer button to quiz question 3 of lesson "ocop-online": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q3-b = Khi đã nộp hồ sơ xin công nhận
# An answer button to quiz question 3 of lesson "ocop-online": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-ocop-online-q3-c = Khi đã được công nhận 4 sao
# Lesson "ocop-online", quiz question 3: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-ocop-online-q3-why =
    Chỉ ghi OCOP và số sao khi sản phẩm đã được cơ quan có thẩm quyền đánh giá, công nhận, và giấy chứng nhận còn hạn.
    Ghi sai là không trung thực với khách hàng.
