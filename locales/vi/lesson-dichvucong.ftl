# Bài học: Nộp hồ sơ trên Cổng Dịch vụ công quốc gia. Nguồn/ghi chú: Cổng dichvucong.gov.vn đăng nhập bằng tài khoản định danh điện tử VNeID; không ghi đường dẫn menu cụ thể vì giao diện có thể đổi. Từ 1/7/2025 nhiều xã có Trung tâm Phục vụ hành chính công xã (về pháp lý vẫn là bộ phận một cửa, Nghị định 118/2025/NĐ-CP); xã xác nhận tên gọi ở địa phương (README, «Cần xã xác nhận»).

# The title of the lesson "dichvucong": a button in the lesson list (at most 30 characters with
# its emoji) and a heading.
lesson-dichvucong-title = 📝 Nộp hồ sơ dịch vụ công
# Lesson "dichvucong", step 1 of 7 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: what the National Public Service Portal (dichvucong.gov.vn) is and what it is
# for.
lesson-dichvucong-step-1 =
    Cổng Dịch vụ công quốc gia là trang web của Nhà nước để người dân làm thủ tục hành chính trên mạng.
    Địa chỉ: dichvucong.gov.vn
    Bạn có thể nộp hồ sơ và theo dõi hồ sơ ngay trên điện thoại, đỡ phải đi lại nhiều lần.
# Lesson "dichvucong", step 2 of 7 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: what you need first: a VNeID account, internet, clear photos of the papers.
lesson-dichvucong-step-2 =
    Trước khi bắt đầu, bạn cần:
    Tài khoản VNeID, tốt nhất là mức 2.
    Điện thoại có mạng Internet.
    Ảnh chụp rõ các giấy tờ cần nộp.
    Nếu chưa có VNeID, bạn hãy học bài về VNeID trước.
# Lesson "dichvucong", step 3 of 7 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: logging in at the right address (.gov.vn must be at the end; look-alike sites
# are fake).
lesson-dichvucong-step-3 =
    Đăng nhập:
    Mở trình duyệt trên điện thoại, gõ đúng địa chỉ dichvucong.gov.vn.
    Nhìn kỹ địa chỉ: .gov.vn phải nằm ở cuối tên trang. Trang như dichvucong.gov.vn.abc.xyz là trang giả.
    Bấm Đăng nhập, chọn đăng nhập bằng tài khoản VNeID (tài khoản định danh điện tử).
    Làm theo hướng dẫn trên màn hình.
# Lesson "dichvucong", step 4 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: how to find the procedure you need.
lesson-dichvucong-step-4 =
    Tìm thủ tục:
    Gõ tên việc cần làm vào ô tìm kiếm, ví dụ "đăng ký khai sinh".
    Chọn đúng thủ tục và đúng nơi giải quyết.
    Đọc kỹ phần hướng dẫn: cần giấy tờ gì, mất bao lâu, có phí, lệ phí hay không.
# Lesson "dichvucong", step 5 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: filling in the form and attaching clear photos of the papers.
lesson-dichvucong-step-5 =
    Điền tờ khai:
    Một số thông tin có thể được điền sẵn. Bạn đọc lại, xem có đúng không.
    Điền đủ các ô bắt buộc.
    Đính kèm ảnh giấy tờ: chụp thẳng, đủ sáng, rõ chữ, đủ các trang.
# Lesson "dichvucong", step 6 of 7 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: submitting, keeping the file code, and following the file online.
lesson-dichvucong-step-6 =
    Kiểm tra lại lần cuối rồi bấm nộp.
    Bạn sẽ nhận được mã hồ sơ. Hãy ghi lại hoặc chụp màn hình.
    Sau đó, đăng nhập lại Cổng để xem hồ sơ đang ở bước nào, có phải bổ sung gì không.
    Tùy thủ tục, kết quả được trả trên mạng, tại bộ phận một cửa của xã (nhiều xã nay gọi là Trung tâm Phục vụ hành chính công xã) hoặc qua bưu điện.
# Lesson "dichvucong", step 7 of 7 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: fees: pay only as the portal or the one-stop office says; where to get help.
lesson-dichvucong-step-7 =
    Nếu có phí, lệ phí, chỉ nộp theo hướng dẫn trên Cổng hoặc tại bộ phận một cửa.
    Không chuyển tiền cho người lạ nhận "làm hộ hồ sơ".
    Gặp khó khăn, bạn hỏi bộ phận một cửa của xã hoặc người hướng dẫn kỹ năng số ở thôn, bản. Họ sẽ hướng dẫn bạn.
# Lesson "dichvucong", quiz question 1 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-dichvucong-q1 = Trang web nào là Cổng Dịch vụ công quốc gia?
# An answer button to quiz question 1 of lesson "dichvucong": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q1-a = dichvucong.gov.vn
# An answer button to quiz question 1 of lesson "dichvucong": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q1-b = dichvucong.gov.vn.hoso.xyz
# An answer button to quiz question 1 of lesson "dichvucong": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q1-c = Trang quảng cáo "làm hộ hồ sơ"
# Lesson "dichvucong", quiz question 1: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-dichvucong-q1-why =
    Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.
    Trang của cơ quan nhà nước có đuôi .gov.vn ở cuối tên trang; dichvucong.gov.vn.hoso.xyz là trang giả.
    Không mở đường link lạ gửi qua tin nhắn, Zalo, Facebook.
# Lesson "dichvucong", quiz question 2 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-dichvucong-q2 = Nộp hồ sơ xong, bạn cần giữ lại gì?
# An answer button to quiz question 2 of lesson "dichvucong": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q2-a = Mật khẩu VNeID, gửi cho cán bộ
# An answer button to quiz question 2 of lesson "dichvucong": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q2-b = Mã hồ sơ
# An answer button to quiz question 2 of lesson "dichvucong": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q2-c = Không cần giữ gì, Cổng tự nhớ
# Lesson "dichvucong", quiz question 2: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-dichvucong-q2-why =
    Mỗi hồ sơ có một mã hồ sơ.
    Hãy ghi lại mã này để theo dõi hồ sơ, và đọc cho cán bộ khi cần hỏi.
# Lesson "dichvucong", quiz question 3 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-dichvucong-q3 = Bạn không biết cách nộp hồ sơ. Bạn nên hỏi ai?
# An answer button to quiz question 3 of lesson "dichvucong": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q3-a = Bộ phận một cửa của xã
# An answer button to quiz question 3 of lesson "dichvucong": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q3-b = Người nhận làm hộ trên Facebook
# An answer button to quiz question 3 of lesson "dichvucong": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-dichvucong-q3-c = Người gọi xưng cán bộ, xin mật khẩu
# Lesson "dichvucong", quiz question 3: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-dichvucong-q3-why =
    Bộ phận một cửa của xã và người hướng dẫn kỹ năng số ở thôn, bản sẽ hướng dẫn bạn.
    Không đưa tài khoản, mật khẩu hay tiền cho người lạ nhận làm hộ.
