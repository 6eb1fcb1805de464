# Bài học: Bán sản phẩm OCOP trên mạng. Nguồn/ghi chú: Chương trình Mỗi xã một sản phẩm (OCOP), sản phẩm được công nhận từ 3 đến 5 sao; lời khuyên bán hàng chung, không nêu tên sàn, hãng giao hàng hay mức thuế cụ thể.
# Cần xã xác nhận (README): thời hạn giấy chứng nhận OCOP (36 tháng); bỏ thuế khoán hộ kinh doanh từ 1/1/2026; sàn thương mại điện tử khấu trừ thuế thay hộ kinh doanh (Nghị định 117/2025/NĐ-CP); đăng ký hộ kinh doanh tại xã.

# The title of the lesson "ocop-online": a button in the lesson list (at most 30 characters with
# its emoji) and a heading.
lesson-ocop-online-title = 🛒 Bán sản phẩm OCOP trên mạng
# A villager reading the lesson "ocop-online" in a private chat: one step of it, under Back/Next
# buttons.
lesson-ocop-online-step-1 =
    OCOP là Chương trình "Mỗi xã một sản phẩm". Sản phẩm được đánh giá, công nhận từ 3 đến 5 sao.
    Bán hàng trên mạng giúp sản phẩm của thôn, bản đến với người mua ở xa.
    Chỉ ghi chữ OCOP và số sao khi sản phẩm đã được công nhận chính thức và giấy chứng nhận còn hạn (thường là 36 tháng).
# A villager reading the lesson "ocop-online" in a private chat: one step of it, under Back/Next
# buttons.
lesson-ocop-online-step-2 =
    Bạn có thể bán qua Zalo, Facebook hoặc các sàn thương mại điện tử.
    Nên bắt đầu từ nơi bạn đã quen dùng.
    Dùng tên và số điện thoại thật của bạn.
    Nếu bán thường xuyên, hãy đăng ký hộ kinh doanh tại xã.
    Thuế của hộ kinh doanh thay đổi từ năm 2026 (bỏ thuế khoán; bán trên sàn thương mại điện tử thì sàn có thể khấu trừ thuế thay bạn). Hãy hỏi cán bộ xã, cán bộ thuế để biết việc của mình.
# A villager reading the lesson "ocop-online" in a private chat: one step of it, under Back/Next
# buttons.
lesson-ocop-online-step-3 =
    Chụp ảnh đẹp và thật:
    Chụp ban ngày, chỗ đủ sáng, nền gọn gàng.
    Chụp cả sản phẩm, bao bì, nhãn, và chụp gần.
    Không lấy ảnh trên mạng, không chỉnh màu làm khác sản phẩm thật.
    Thêm ảnh nơi trồng, nơi làm ra sản phẩm để người mua tin tưởng.
# A villager reading the lesson "ocop-online" in a private chat: one step of it, under Back/Next
# buttons.
lesson-ocop-online-step-4 =
    Mô tả trung thực, giá rõ ràng:
    Ghi tên sản phẩm, nơi làm ra, khối lượng, cách bảo quản, hạn sử dụng.
    Ghi giá bán và phí giao hàng, nói rõ ai trả phí.
    Không nói quá công dụng. Không quảng cáo thực phẩm chữa được bệnh.
# A villager reading the lesson "ocop-online" in a private chat: one step of it, under Back/Next
# buttons.
lesson-ocop-online-step-5 =
    Trả lời khách nhanh, lịch sự, nói rõ còn hàng hay hết hàng.
    Nhận tiền qua chuyển khoản, mã QR ngân hàng của bạn, hoặc thu tiền khi giao hàng.
    Khách chuyển khoản trước? Mở ứng dụng ngân hàng xem tiền đã vào chưa. Không tin ảnh chụp màn hình, vì ảnh có thể làm giả.
# A villager reading the lesson "ocop-online" in a private chat: one step of it, under Back/Next
# buttons.
lesson-ocop-online-step-6 =
    Đóng gói chắc chắn: hàng dễ vỡ thì chèn kỹ, thực phẩm thì bọc kín.
    Gửi qua bưu điện hoặc công ty giao hàng. Hỏi trước giá cước và thời gian giao.
    Giữ mã vận đơn và báo cho khách để khách theo dõi.
    Người lạ gửi đường link "nhận tiền", "xác nhận đơn"? Không bấm.
# A villager reading the lesson "ocop-online" in a private chat: one step of it, under Back/Next
# buttons.
lesson-ocop-online-step-7 =
    Giữ chữ tín:
    Giao đúng hàng như ảnh và lời mô tả.
    Hàng hỏng, giao sai thì nhận lỗi, đổi hàng hoặc trả lại tiền.
    Cảm ơn khách, xin khách góp ý.
    Khách hài lòng sẽ mua lại và giới thiệu thêm người mua.
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q1 = Ảnh sản phẩm đăng bán nên như thế nào?
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q1-a = Ảnh thật, rõ, đủ sáng
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q1-b = Lấy ảnh đẹp trên mạng
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q1-c = Chỉnh màu cho đẹp hơn thật
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q1-why =
    Hãy dùng ảnh thật của sản phẩm, chụp rõ, đủ sáng.
    Ảnh lấy trên mạng hay chỉnh khác sản phẩm thật làm khách mất lòng tin.
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q2 = Khách gửi ảnh chụp màn hình đã chuyển tiền. Bạn làm gì?
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q2-a = Giao hàng ngay
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q2-b = Xem tiền đã vào tài khoản chưa
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q2-c = Nhờ khách gửi thêm một ảnh nữa
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q2-why =
    Ảnh chụp màn hình có thể làm giả.
    Hãy mở ứng dụng ngân hàng của bạn, thấy tiền đã vào tài khoản thì mới giao hàng.
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q3 = Khi nào được ghi "OCOP 4 sao" lên sản phẩm?
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q3-a = Khi sản phẩm bán chạy
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q3-b = Khi đã nộp hồ sơ xin công nhận
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q3-c = Khi đã được công nhận 4 sao
# A villager doing the quiz of the lesson "ocop-online" (private chat), one screen of it.
lesson-ocop-online-q3-why =
    Chỉ ghi OCOP và số sao khi sản phẩm đã được cơ quan có thẩm quyền đánh giá, công nhận, và giấy chứng nhận còn hạn.
    Ghi sai là không trung thực với khách hàng.
