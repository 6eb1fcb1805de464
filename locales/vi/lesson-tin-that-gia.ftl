# Bài học: Tìm tin chính thống, kiểm tra tin đồn. Nguồn/ghi chú: kỹ năng kiểm chứng tin chung (xem nguồn, xem ngày, đối chiếu nguồn chính thống); chỉ nêu các kênh chính thống lâu dài, không nêu địa chỉ trang web cụ thể.

# The title of the lesson "tin-that-gia": a button in the lesson list (at most 30 characters with
# its emoji) and a heading.
lesson-tin-that-gia-title = 📰 Tin thật, tin giả
# Lesson "tin-that-gia", step 1 of 6 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: there is true news and fake news online.
lesson-tin-that-gia-step-1 =
    Trên mạng có tin thật, nhưng cũng có nhiều tin giả, tin đồn.
    Tin giả có thể làm bạn lo sợ, mất tiền, hoặc làm hại người khác.
    Bài này giúp bạn biết tìm tin chính thống ở đâu và cách kiểm tra một tin.
# Lesson "tin-that-gia", step 2 of 6 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: official sources of news.
lesson-tin-that-gia-step-2 =
    Nguồn tin chính thống:
    Loa truyền thanh của xã, các cuộc họp thôn, bản.
    Thông báo của Ủy ban nhân dân xã, của cán bộ xã.
    Cổng thông tin điện tử của tỉnh, của xã; trang Zalo OA, trang mạng xã hội chính thức của xã.
    Báo, đài chính thống như VTV, VOV, báo Nhân Dân, báo và đài của tỉnh.
# Lesson "tin-that-gia", step 3 of 6 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: ask who posted the news.
lesson-tin-that-gia-step-3 =
    Khi đọc một tin, hãy hỏi: ai đăng tin này?
    Đó là cơ quan nhà nước, báo chí chính thống, hay một tài khoản lạ?
    Trang web của cơ quan nhà nước có đuôi .gov.vn ở cuối tên trang.
    Cẩn thận: có tài khoản mạng xã hội giả làm cơ quan, cán bộ.
# Lesson "tin-that-gia", step 4 of 6 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: check the date: old news and photos are re-posted as new.
lesson-tin-that-gia-step-4 =
    Xem ngày đăng: tin cũ, ảnh cũ hay bị đăng lại như tin mới.
    Ảnh, video có thể là chuyện ở nơi khác, hoặc bị cắt ghép, làm giả.
    Cẩn thận với tin giật gân, dọa nạt, hay giục "chia sẻ ngay".
    Tin quan trọng mà báo, đài chính thống không hề đưa thì hãy nghi ngờ.
# Lesson "tin-that-gia", step 5 of 6 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: when unsure, do not share, not even in the village Zalo group.
lesson-tin-that-gia-step-5 =
    Chưa chắc chắn thì không chia sẻ, kể cả trong nhóm Zalo của thôn, bản.
    Tin sai lan nhanh, có thể gây hại cho nhiều người.
    Người đăng, chia sẻ tin sai sự thật có thể bị xử lý theo pháp luật.
# Lesson "tin-that-gia", step 6 of 6 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: rumours about land, policies, support money, disasters, epidemics: ask
# officials.
lesson-tin-that-gia-step-6 =
    Nghe tin đồn về đất đai, chính sách, tiền hỗ trợ, thiên tai, dịch bệnh?
    Hãy hỏi trưởng thôn, bản hoặc cán bộ xã trước khi tin và làm theo.
    Khi có mưa lũ, sạt lở đất, hãy làm theo thông báo của xã và của cơ quan chức năng.
# Lesson "tin-that-gia", quiz question 1 of 2, after the last step (private chat); the
# answers follow as buttons.
lesson-tin-that-gia-q1 = Nguồn nào là nguồn tin chính thống?
# An answer button to quiz question 1 of lesson "tin-that-gia": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-tin-that-gia-q1-a = Trang lạ đặt tên giống của xã
# An answer button to quiz question 1 of lesson "tin-that-gia": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-tin-that-gia-q1-b = Loa truyền thanh của xã
# An answer button to quiz question 1 of lesson "tin-that-gia": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-tin-that-gia-q1-c = Tin nhắn không rõ người gửi
# Lesson "tin-that-gia", quiz question 1: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-tin-that-gia-q1-why =
    Loa truyền thanh của xã, họp thôn, bản, thông báo của xã, trang Zalo OA chính thức của xã, cổng thông tin của tỉnh, xã và báo, đài chính thống là nguồn tin đáng tin cậy.
    Trang lạ đặt tên giống của xã, tài khoản lạ, tin nhắn không rõ người gửi thì chưa thể tin ngay.
# Lesson "tin-that-gia", quiz question 2 of 2, after the last step (private chat); the
# answers follow as buttons.
lesson-tin-that-gia-q2 = Bạn nhận được một tin lạ, chưa biết thật hay giả. Bạn làm gì?
# An answer button to quiz question 2 of lesson "tin-that-gia": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-tin-that-gia-q2-a = Chia sẻ ngay cho mọi người
# An answer button to quiz question 2 of lesson "tin-that-gia": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-tin-that-gia-q2-b = Đăng vào nhóm Zalo thôn để hỏi
# An answer button to quiz question 2 of lesson "tin-that-gia": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-tin-that-gia-q2-c = Hỏi trưởng thôn, bản hoặc cán bộ xã
# Lesson "tin-that-gia", quiz question 2: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-tin-that-gia-q2-why =
    Chưa chắc chắn thì không chia sẻ, kể cả đăng vào nhóm để hỏi: tin sai sẽ lan đi. Không làm theo vội.
    Hãy xem ai đăng, đăng ngày nào, và hỏi trưởng thôn, bản hoặc cán bộ xã.
