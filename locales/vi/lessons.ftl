# Bình dân học vụ số: lessons in chat. The lessons' own texts are in lesson-*.ftl.

# A button of the main menu, also named in other messages through { menu-learn } (keep it short;
# the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-learn = 📚 Học kỹ năng số
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (list). $done: how many are done; $total: a total count.
lesson-list = 📚 Học kỹ năng số — bạn đã học xong { $done }/{ $total } bài. Mời bạn chọn bài:
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (show). $n: a position number (1, 2, 3…); $title: a lesson's title, ALREADY TRANSLATED into the
# reader's language; $total: a total count.
lesson-step-header = { $title } — phần { $n }/{ $total }
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (show). $n: a position number (1, 2, 3…); $title: a lesson's title, ALREADY TRANSLATED into the
# reader's language; $total: a total count.
lesson-quiz-header = { $title } — câu hỏi { $n }/{ $total }
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (answer_quiz).
lesson-quiz-right = ✅ Đúng rồi!
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (answer_quiz).
lesson-quiz-wrong = Chưa đúng. Bạn đọc giải thích rồi chọn lại nhé:
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (finish). $title: a lesson's title, ALREADY TRANSLATED into the reader's language.
lesson-done = 🎉 Chúc mừng bạn đã học xong bài «{ $title }»!
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (finish). $title: a lesson's title, ALREADY TRANSLATED into the reader's language.
lesson-next = Bài nên học tiếp: «{ $title }».
# A villager in a private chat, learning digital skills (lessons). Sent from engine/lessons.rs
# (accept_help).
lesson-any = một bài học
# Not a certificate: a bot cannot issue an official document. $name and $village are passed
# too; the person reads this about themself, so they are not shown.
lesson-certificate =
    🏅 Chúc mừng bạn đã học xong cả { $count } bài «Bình dân học vụ số» trên Loa Thôn, ngày { $date }.
    Cảm ơn bạn đã chăm chỉ học tập. Hãy giúp người thân, hàng xóm cùng học nhé!
# A villager in a private chat, learning digital skills (lessons). Sent from engine/helpers.rs
# (ask_contact).
lesson-no-helper = Thôn, bản của bạn chưa có người hướng dẫn kỹ năng số trên Loa Thôn. Bạn có thể hỏi trưởng thôn, bản hoặc cán bộ xã để được hướng dẫn.
# A villager in a private chat, learning digital skills (lessons). Sent from engine/helpers.rs
# (ask). $count: a number (plural forms select on it).
lesson-helper-asked =
    { $count ->
       *[other] Đã báo cho { $count } người hướng dẫn kỹ năng số của thôn, bản. Khi có người nhận giúp, bạn sẽ được báo.
    }
# A villager in a private chat, learning digital skills (lessons). Sent from services/helpers.rs
# (accept). $helper: the digital helper's name; $title: a lesson's title, ALREADY TRANSLATED into
# the reader's language.
lesson-helper-coming = 🙋 { $helper }, người hướng dẫn kỹ năng số của thôn, bản, đã nhận giúp bạn học bài «{ $title }».
# A digital helper (người hướng dẫn kỹ năng số) of a village, in a private chat. Sent from
# services/helpers.rs (ask). $name: a person's display name; $title: a lesson's title, ALREADY
# TRANSLATED into the reader's language; $village: the name of a village (thôn, bản), e.g. "Bản Tả
# Phìn".
helper-request = 🙋 { $name } ở { $village } cần giúp đỡ khi học bài «{ $title }». Bạn có nhận giúp không?
# A digital helper (người hướng dẫn kỹ năng số) of a village, in a private chat. Sent from
# engine/lessons.rs (accept_help). $name: a person's display name; $title: a lesson's title,
# ALREADY TRANSLATED into the reader's language.
helper-accepted = Cảm ơn bạn đã nhận giúp { $name } học bài «{ $title }». Người học đã được báo.

# A button label. A villager in a private chat, learning digital skills (lessons) (keep it short:
# about 30 characters fit; the emoji stays). Sent from engine/lessons.rs (show).
button-lesson-back = ‹ Quay lại
# A button label. A villager in a private chat, learning digital skills (lessons) (keep it short:
# about 30 characters fit; the emoji stays). Sent from engine/lessons.rs (show).
button-lesson-next = Tiếp ›
# A button label. A villager in a private chat, learning digital skills (lessons) (keep it short:
# about 30 characters fit; the emoji stays). Sent from engine/lessons.rs (show).
button-lesson-help = 🙋 Nhờ người hướng dẫn
# A button label. A villager in a private chat, learning digital skills (lessons) (keep it short:
# about 30 characters fit; the emoji stays). Sent from engine/lessons.rs (show).
button-lesson-list = 📚 Danh sách bài
# A button label. A villager in a private chat, learning digital skills (lessons) (keep it short:
# about 30 characters fit; the emoji stays). Sent from services/helpers.rs (ask).
button-help-accept = 🤝 Nhận giúp

# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons). $from: the first day of the period (25/12/2026); $to: the last
# day of the period (25/12/2026).
lessons-report-title = 📚 Kết quả học kỹ năng số, từ { $from } đến { $to }
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons).
lessons-report-empty = Chưa có ai bắt đầu học trong thời gian này.
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons). $all: how many finished every lesson; $commune: the name of a
# commune, e.g. "Xã Dào San"; $started: how many people started; $village: the name of a village
# (thôn, bản), e.g. "Bản Tả Phìn".
lessons-report-village = { $village } ({ $commune }): { $started } người đã học, { $all } người học xong tất cả các bài. Số người học xong từng bài:
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons).
lessons-report-quiz = Tỉ lệ trả lời đúng ngay lần đầu, từng câu hỏi (câu nào thấp thì nên xem lại bài hoặc cách hỏi):
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons). $n: a position number (1, 2, 3…).
lessons-report-question = câu { $n }
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons). $answers: a count of answers; $correct: a count of right answers.
lessons-report-all-answers = kể cả làm lại: { $correct }/{ $answers }
# /tiendo in the chat: per commune first, then one commune's villages, then its lessons.
lessons-report-summary = 📚 Học kỹ năng số — { $scope }, từ { $from } đến { $to }: { $started } người học, { $all } người học xong tất cả các bài, trả lời đúng ngay lần đầu { $first }.
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons_summary). $all: how many finished every lesson; $commune: the name
# of a commune, e.g. "Xã Dào San"; $first: a percentage of right answers at the first try, already
# written ("59 %" or "–"); $started: how many people started.
lessons-report-commune = • { $commune }: { $started } người học · { $all } học xong · đúng lần đầu { $first }
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons_by_village). $all: how many finished every lesson; $started: how
# many people started; $village: the name of a village (thôn, bản), e.g. "Bản Tả Phìn".
lessons-report-village-line = • { $village }: { $started } người học, { $all } học xong
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons_by_lesson). $scope: the name of the area the report covers.
lessons-report-lessons-title = 📚 { $scope }, từng bài: người học xong · đúng ngay lần đầu
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons_by_lesson). $finished: how many finished; $first: a percentage of
# right answers at the first try, already written ("59 %" or "–"); $title: a lesson's title,
# ALREADY TRANSLATED into the reader's language.
lessons-report-lesson = • { $title }: { $finished } · { $first }
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons_by_lesson).
lessons-report-weakest = Câu ít người đúng ngay lần đầu nhất:
# An admin reading the lessons report (chat /tiendo or `loathon lessons report`). Sent from
# services/reports.rs (lessons_by_lesson). $first: a percentage of right answers at the first try,
# already written ("59 %" or "–"); $n: a position number (1, 2, 3…); $title: a lesson's title,
# ALREADY TRANSLATED into the reader's language.
lessons-report-weak-question = • { $title }, câu { $n }: { $first }
# A button label. A villager in a private chat, learning digital skills (lessons) (keep it short:
# about 30 characters fit; the emoji stays). Sent from engine/report.rs (detail).
button-report-by-lesson = 📚 Xem theo từng bài
