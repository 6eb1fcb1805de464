# Bình dân học vụ số: lessons in chat. The lessons' own texts are in lesson-*.ftl.

menu-learn = 📚 Học kỹ năng số
lesson-list = 📚 Học kỹ năng số — bạn đã học xong { $done }/{ $total } bài. Mời bạn chọn bài:
lesson-step-header = { $title } — phần { $n }/{ $total }
lesson-quiz-header = { $title } — câu hỏi { $n }/{ $total }
lesson-quiz-right = ✅ Đúng rồi!
lesson-quiz-wrong = Chưa đúng. Bạn đọc giải thích rồi chọn lại nhé:
lesson-done = 🎉 Chúc mừng bạn đã học xong bài «{ $title }»!
lesson-next = Bài nên học tiếp: «{ $title }».
lesson-any = một bài học
# Not a certificate: a bot cannot issue an official document. $name and $village are passed
# too; the person reads this about themself, so they are not shown.
lesson-certificate =
    🏅 Chúc mừng bạn đã học xong cả { $count } bài «Bình dân học vụ số» trên Loa Thôn, ngày { $date }.
    Cảm ơn bạn đã chăm chỉ học tập. Hãy giúp người thân, hàng xóm cùng học nhé!
lesson-no-helper = Thôn, bản của bạn chưa có người hướng dẫn kỹ năng số trên Loa Thôn. Bạn có thể hỏi trưởng thôn, bản hoặc cán bộ xã để được hướng dẫn.
lesson-helper-asked =
    { $count ->
       *[other] Đã báo cho { $count } người hướng dẫn kỹ năng số của thôn, bản. Khi có người nhận giúp, bạn sẽ được báo.
    }
lesson-helper-coming = 🙋 { $helper }, người hướng dẫn kỹ năng số của thôn, bản, đã nhận giúp bạn học bài «{ $title }».
helper-request = 🙋 { $name } ở { $village } cần giúp đỡ khi học bài «{ $title }». Bạn có nhận giúp không?
helper-accepted = Cảm ơn bạn đã nhận giúp { $name } học bài «{ $title }». Người học đã được báo.

button-lesson-back = ‹ Quay lại
button-lesson-next = Tiếp ›
button-lesson-help = 🙋 Nhờ người hướng dẫn
button-lesson-list = 📚 Danh sách bài
button-help-accept = 🤝 Nhận giúp

lessons-report-title = 📚 Kết quả học kỹ năng số, từ { $from } đến { $to }
lessons-report-empty = Chưa có ai bắt đầu học trong thời gian này.
lessons-report-village = { $village } ({ $commune }): { $started } người đã học, { $all } người học xong tất cả các bài. Số người học xong từng bài:
lessons-report-quiz = Tỉ lệ trả lời đúng ngay lần đầu, từng câu hỏi (câu nào thấp thì nên xem lại bài hoặc cách hỏi):
lessons-report-question = câu { $n }
lessons-report-all-answers = kể cả làm lại: { $correct }/{ $answers }
# /tiendo in the chat: per commune first, then one commune's villages, then its lessons.
lessons-report-summary = 📚 Học kỹ năng số — { $scope }, từ { $from } đến { $to }: { $started } người học, { $all } người học xong tất cả các bài, trả lời đúng ngay lần đầu { $first }.
lessons-report-commune = • { $commune }: { $started } người học · { $all } học xong · đúng lần đầu { $first }
lessons-report-village-line = • { $village }: { $started } người học, { $all } học xong
lessons-report-lessons-title = 📚 { $scope }, từng bài: người học xong · đúng ngay lần đầu
lessons-report-lesson = • { $title }: { $finished } · { $first }
lessons-report-weakest = Câu ít người đúng ngay lần đầu nhất:
lessons-report-weak-question = • { $title }, câu { $n }: { $first }
button-report-by-lesson = 📚 Xem theo từng bài
