# Bài học: Nộp hồ sơ trên Cổng Dịch vụ công quốc gia. Nguồn/ghi chú: Cổng dichvucong.gov.vn đăng nhập bằng tài khoản định danh điện tử VNeID; không ghi đường dẫn menu cụ thể vì giao diện có thể đổi. Từ 1/7/2025 nhiều xã có Trung tâm Phục vụ hành chính công xã (về pháp lý vẫn là bộ phận một cửa, Nghị định 118/2025/NĐ-CP); xã xác nhận tên gọi ở địa phương (README, «Cần xã xác nhận»).

# The title of the lesson "dichvucong": a button in the lesson list (at most 30 characters with
# its emoji) and a heading.
lesson-dichvucong-title = 📝 Nộp hồ sơ dịch vụ công
# A villager reading the lesson "dichvucong" in a private chat: one step of it, under Back/Next
# buttons.
lesson-dichvucong-step-1 =
    Cổng Dịch vụ công quốc gia là trang web của Nhà nước để người dân làm thủ tục hành chính trên mạng.
    Địa chỉ: dichvucong.gov.vn
    Bạn có thể nộp hồ sơ và theo dõi hồ sơ ngay trên điện thoại, đỡ phải đi lại nhiều lần.
# A villager reading the lesson "dichvucong" in a private chat: one step of it, under Back/Next
# buttons.
lesson-dichvucong-step-2 =
    Trước khi bắt đầu, bạn cần:
    Tài khoản VNeID, tốt nhất là mức 2.
    Điện thoại có mạng Internet.
    Ảnh chụp rõ các giấy tờ cần nộp.
    Nếu chưa có VNeID, bạn hãy học bài về VNeID trước.
# A villager reading the lesson "dichvucong" in a private chat: one step of it, under Back/Next
# buttons.
lesson-dichvucong-step-3 =
    Đăng nhập:
    Mở trình duyệt trên điện thoại, gõ đúng địa chỉ dichvucong.gov.vn.
    Nhìn kỹ địa chỉ: .gov.vn phải nằm ở cuối tên trang. Trang như dichvucong.gov.vn.abc.xyz là trang giả.
    Bấm Đăng nhập, chọn đăng nhập bằng tài khoản VNeID (tài khoản định danh điện tử).
    Làm theo hướng dẫn trên màn hình.
# A villager reading the lesson "dichvucong" in a private chat: one step of it, under Back/Next
# buttons.
lesson-dichvucong-step-4 =
    Tìm thủ tục:
    Gõ tên việc cần làm vào ô tìm kiếm, ví dụ "đăng ký khai sinh".
    Chọn đúng thủ tục và đúng nơi giải quyết.
    Đọc kỹ phần hướng dẫn: cần giấy tờ gì, mất bao lâu, có phí, lệ phí hay không.
# A villager reading the lesson "dichvucong" in a private chat: one step of it, under Back/Next
# buttons.
lesson-dichvucong-step-5 =
    Điền tờ khai:
    Một số thông tin có thể được điền sẵn. Bạn đọc lại, xem có đúng không.
    Điền đủ các ô bắt buộc.
    Đính kèm ảnh giấy tờ: chụp thẳng, đủ sáng, rõ chữ, đủ các trang.
# A villager reading the lesson "dichvucong" in a private chat: one step of it, under Back/Next
# buttons.
lesson-dichvucong-step-6 =
    Kiểm tra lại lần cuối rồi bấm nộp.
    Bạn sẽ nhận được mã hồ sơ. Hãy ghi lại hoặc chụp màn hình.
    Sau đó, đăng nhập lại Cổng để xem hồ sơ đang ở bước nào, có phải bổ sung gì không.
    Tùy thủ tục, kết quả được trả trên mạng, tại bộ phận một cửa của xã (nhiều xã nay gọi là Trung tâm Phục vụ hành chính công xã) hoặc qua bưu điện.
# A villager reading the lesson "dichvucong" in a private chat: one step of it, under Back/Next
# buttons.
lesson-dichvucong-step-7 =
    Nếu có phí, lệ phí, chỉ nộp theo hướng dẫn trên Cổng hoặc tại bộ phận một cửa.
    Không chuyển tiền cho người lạ nhận "làm hộ hồ sơ".
    Gặp khó khăn, bạn hỏi bộ phận một cửa của xã hoặc người hướng dẫn kỹ năng số ở thôn, bản. Họ sẽ hướng dẫn bạn.
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q1 = Trang web nào là Cổng Dịch vụ công quốc gia?
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q1-a = dichvucong.gov.vn
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q1-b = dichvucong.gov.vn.hoso.xyz
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q1-c = Trang quảng cáo "làm hộ hồ sơ"
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q1-why =
    Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.
    Trang của cơ quan nhà nước có đuôi .gov.vn ở cuối tên trang; dichvucong.gov.vn.hoso.xyz là trang giả.
    Không mở đường link lạ gửi qua tin nhắn, Zalo, Facebook.
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q2 = Nộp hồ sơ xong, bạn cần giữ lại gì?
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q2-a = Mật khẩu VNeID, gửi cho cán bộ
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q2-b = Mã hồ sơ
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q2-c = Không cần giữ gì, Cổng tự nhớ
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q2-why =
    Mỗi hồ sơ có một mã hồ sơ.
    Hãy ghi lại mã này để theo dõi hồ sơ, và đọc cho cán bộ khi cần hỏi.
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q3 = Bạn không biết cách nộp hồ sơ. Bạn nên hỏi ai?
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q3-a = Bộ phận một cửa của xã
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q3-b = Người nhận làm hộ trên Facebook
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q3-c = Người gọi xưng cán bộ, xin mật khẩu
# A villager doing the quiz of the lesson "dichvucong" (private chat), one screen of it.
lesson-dichvucong-q3-why =
    Bộ phận một cửa của xã và người hướng dẫn kỹ năng số ở thôn, bản sẽ hướng dẫn bạn.
    Không đưa tài khoản, mật khẩu hay tiền cho người lạ nhận làm hộ.
