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
lesson-certificate =
    🏅 GIẤY CHỨNG NHẬN
    Hoàn thành { $count } bài học «Bình dân học vụ số» trên Loa Thôn
    Người học: { $name }
    Nơi ở: { $village }
    Ngày hoàn thành: { $date }
    Cảm ơn bạn đã chăm chỉ học tập. Hãy giúp người thân, hàng xóm cùng học nhé!
lesson-no-helper = Thôn, bản của bạn chưa có «Người bản số» trên Loa Thôn. Bạn có thể hỏi trưởng thôn, bản hoặc cán bộ xã để được hướng dẫn.
lesson-helper-asked =
    { $count ->
       *[other] Đã báo cho { $count } «Người bản số» của thôn, bản. Khi có người nhận giúp, bạn sẽ được báo.
    }
lesson-helper-coming = 🙋 { $helper } («Người bản số») sẽ giúp bạn học bài «{ $title }». Người đó sẽ liên hệ với bạn.
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
lessons-report-quiz = Tỉ lệ trả lời đúng từng câu hỏi (câu nào thấp thì nên xem lại cách hỏi):
lessons-report-question = câu { $n }
