# Bình dân học vụ số: lessons in chat. The lessons' own texts are in lesson-*.ftl.

# A main-menu button label (private chat): open the digital-skills lessons. Also quoted in other
# messages as { menu-learn }. Keep it short (≤ ~30 characters); the emoji stays.
menu-learn = 📚 Học kỹ năng số
# A villager in a private chat, after pressing «{ menu-learn }» (or /hoc): above one button per
# lesson. $done: lessons they finished, e.g. 2; $total: lessons in all, e.g. 6.
lesson-list = 📚 Học kỹ năng số — bạn đã học xong { $done }/{ $total } bài. Mời bạn chọn bài:
# The first line of each lesson step (private chat). $title: the lesson's title, e.g. "Nhận biết
# lừa đảo", ALREADY TRANSLATED; $n: this step's number, e.g. 2; $total: steps in the lesson, e.g. 5.
lesson-step-header = { $title } — phần { $n }/{ $total }
# The first line of each quiz question at the end of a lesson (private chat). $title: the lesson's
# title, ALREADY TRANSLATED; $n: the question's number, e.g. 1; $total: questions in all, e.g. 3.
lesson-quiz-header = { $title } — câu hỏi { $n }/{ $total }
# A villager in a private chat, right after pressing the right answer to a quiz question.
lesson-quiz-right = ✅ Đúng rồi!
# A villager in a private chat, right after pressing a wrong answer: the explanation follows, then
# the same question again.
lesson-quiz-wrong = Chưa đúng. Bạn đọc giải thích rồi chọn lại nhé:
# A villager in a private chat, after the last quiz question of a lesson. $title: the lesson's
# title, e.g. "Nhận biết lừa đảo", ALREADY TRANSLATED.
lesson-done = 🎉 Chúc mừng bạn đã học xong bài «{ $title }»!
# Under lesson-done (private chat): the lesson suggested next. $title: its title, ALREADY
# TRANSLATED.
lesson-next = Bài nên học tiếp: «{ $title }».
# "a lesson": inserted ALREADY TRANSLATED as $title (inside «…») into the helper's messages when the
# lesson's real title is no longer known. Lower case.
lesson-any = một bài học
# A villager in a private chat, after finishing every lesson. Not a certificate: a bot cannot issue
# an official document. $count: how many lessons, e.g. 6; $date: e.g. "25/12/2026". ($name and
# $village are passed too but not shown: the person reads this about themself.)
lesson-certificate =
    🏅 Chúc mừng bạn đã học xong cả { $count } bài «Bình dân học vụ số» trên Loa Thôn, ngày { $date }.
    Cảm ơn bạn đã chăm chỉ học tập. Hãy giúp người thân, hàng xóm cùng học nhé!
# A villager in a private chat who pressed «{ button-lesson-help }» when their village has no
# digital helper on the bot: ask the village head or a commune officer.
lesson-no-helper = Thôn, bản của bạn chưa có người hướng dẫn kỹ năng số trên Loa Thôn. Bạn có thể hỏi trưởng thôn, bản hoặc cán bộ xã để được hướng dẫn.
# A villager in a private chat, after asking for help with a lesson: the village's digital helpers
# were told. $count: how many helpers, e.g. 2 (plural forms select on it).
lesson-helper-asked =
    { $count ->
       *[other] Đã báo cho { $count } người hướng dẫn kỹ năng số của thôn, bản. Khi có người nhận giúp, bạn sẽ được báo.
    }
# Sent to the learner (private chat) when a digital helper accepts to help. $helper: the helper's
# name, e.g. "Lò Văn Minh"; $title: the lesson's title, ALREADY TRANSLATED.
lesson-helper-coming = 🙋 { $helper }, người hướng dẫn kỹ năng số của thôn, bản, đã nhận giúp bạn học bài «{ $title }».
# Sent to a village's digital helper (a villager who helps others use phones; private chat) when
# someone asks for help with a lesson; the «{ button-help-accept }» button follows. $name: the
# learner's name, e.g. "Giàng Thị Mai"; $village: e.g. "Bản Tả Phìn"; $title: ALREADY TRANSLATED.
helper-request = 🙋 { $name } ở { $village } cần giúp đỡ khi học bài «{ $title }». Bạn có nhận giúp không?
# To the digital helper (private chat), after pressing «{ button-help-accept }». $name: the
# learner's name, e.g. "Giàng Thị Mai"; $title: the lesson's title, ALREADY TRANSLATED.
helper-accepted = Cảm ơn bạn đã nhận giúp { $name } học bài «{ $title }». Người học đã được báo.

# A button label under a lesson step (private chat): the previous step. Keep it short (≤ ~30
# characters); keep the ‹ sign.
button-lesson-back = ‹ Quay lại
# A button label under a lesson step (private chat): the next step. Keep it short (≤ ~30
# characters); keep the › sign.
button-lesson-next = Tiếp ›
# A button label under a lesson step (private chat): ask the village's digital helper for help in
# person. Keep it short (≤ ~30 characters); the emoji stays.
button-lesson-help = 🙋 Nhờ người hướng dẫn
# A button label (private chat): back to the list of lessons. Keep it short (≤ ~30 characters); the
# emoji stays.
button-lesson-list = 📚 Danh sách bài
# A button label for the digital helper under helper-request (private chat): "I will help". Keep it
# short (≤ ~30 characters); the emoji stays.
button-help-accept = 🤝 Nhận giúp

# An admin or officer reading the lessons report (private chat, /tiendo, or a printed report): the
# heading. $from and $to: the first and last day, e.g. "01/12/2026" and "25/12/2026".
lessons-report-title = 📚 Kết quả học kỹ năng số, từ { $from } đến { $to }
# In the lessons report (admin), when nobody started a lesson in the period.
lessons-report-empty = Chưa có ai bắt đầu học trong thời gian này.
# In the lessons report (admin): one village's results; one line per lesson follows. $village: e.g.
# "Bản Tả Phìn"; $commune: e.g. "Xã Dào San"; $started: people who started, e.g. 14; $all: people
# who finished every lesson, e.g. 3.
lessons-report-village = { $village } ({ $commune }): { $started } người đã học, { $all } người học xong tất cả các bài. Số người học xong từng bài:
# In the lessons report (admin): the heading above the share of right first answers, per question.
lessons-report-quiz = Tỷ lệ trả lời đúng ngay lần đầu, từng câu hỏi (câu nào thấp thì nên xem lại bài hoặc cách hỏi):
# In the lessons report (admin): a question's label, "question 3". $n: the question's number, e.g.
# 3. Lower case.
lessons-report-question = câu { $n }
# In the lessons report (admin), after a question's first-try result: counting retries too.
# $correct: right answers, e.g. 18; $answers: all answers, e.g. 25.
lessons-report-all-answers = kể cả làm lại: { $correct }/{ $answers }
# An admin in a private chat after /tiendo: the totals for their area; per-commune lines follow.
# $scope: the area, e.g. "Xã Dào San"; $from, $to: e.g. "01/12/2026"; $started: e.g. 40; $all: e.g.
# 7; $first: share right at the first try, already written, e.g. "59 %" or "–".
lessons-report-summary = 📚 Học kỹ năng số — { $scope }, từ { $from } đến { $to }: { $started } người học, { $all } người học xong tất cả các bài, trả lời đúng ngay lần đầu { $first }.
# One line per commune under lessons-report-summary (admin, private chat). $commune: e.g. "Xã Dào
# San"; $started: e.g. 40; $all: e.g. 7; $first: already written, e.g. "59 %" or "–".
lessons-report-commune = • { $commune }: { $started } người học · { $all } học xong · đúng lần đầu { $first }
# One line per village in /tiendo (admin, private chat). $village: e.g. "Bản Tả Phìn"; $started:
# people who started, e.g. 14; $all: people who finished every lesson, e.g. 3.
lessons-report-village-line = • { $village }: { $started } người học, { $all } học xong
# In /tiendo (admin, private chat): the heading above one line per lesson. $scope: the area, e.g.
# "Xã Dào San". The two column names after the colon describe lessons-report-lesson.
lessons-report-lessons-title = 📚 { $scope }, từng bài: người học xong · đúng ngay lần đầu
# One line per lesson in /tiendo (admin, private chat). $title: ALREADY TRANSLATED; $finished:
# people who finished it, e.g. 9; $first: share right at the first try, e.g. "59 %" or "–".
lessons-report-lesson = • { $title }: { $finished } · { $first }
# In /tiendo (admin, private chat): the heading above the questions fewest people got right at the
# first try.
lessons-report-weakest = Câu ít người đúng ngay lần đầu nhất:
# One line under lessons-report-weakest (admin). $title: the lesson's title, ALREADY TRANSLATED; $n:
# the question's number, e.g. 2; $first: e.g. "31 %".
lessons-report-weak-question = • { $title }, câu { $n }: { $first }
# A button label under the /tiendo report (admin, private chat): show results lesson by lesson.
# Keep it short (≤ ~30 characters); the emoji stays.
button-report-by-lesson = 📚 Xem theo từng bài
