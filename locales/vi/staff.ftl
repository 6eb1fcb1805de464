# Staff output on the command line (`loathon audit`): Vietnamese, like the chat reports. The
# event's code follows each name in brackets, for operators reading logs and the database.

# A petition history event in `loathon audit` (staff, command line).
audit-event-submitted = gửi kiến nghị
# A petition history event in `loathon audit` (staff, command line).
audit-event-routed = chuyển đến đơn vị
# A petition history event in `loathon audit` (staff, command line).
audit-event-viewed = cán bộ xem
# A petition history event in `loathon audit` (staff, command line).
audit-event-claimed = nhận xử lý
# A petition history event in `loathon audit` (staff, command line).
audit-event-info_requested = hỏi thêm thông tin
# A petition history event in `loathon audit` (staff, command line).
audit-event-info_added = người gửi bổ sung
# A petition history event in `loathon audit` (staff, command line).
audit-event-info_completed = bổ sung xong
# A petition history event in `loathon audit` (staff, command line).
audit-event-answered = trả lời
# A petition history event in `loathon audit` (staff, command line).
audit-event-forwarded = chuyển đơn vị khác
# A petition history event in `loathon audit` (staff, command line).
audit-event-closed = khép lại
# A petition history event in `loathon audit` (staff, command line).
audit-event-rated = đánh giá
# A petition history event in `loathon audit` (staff, command line).
audit-event-reopened = mở lại
# A petition history event in `loathon audit` (staff, command line).
audit-event-reminded = nhắc hạn
# A petition history event in `loathon audit` (staff, command line).
audit-event-overdue = quá hạn
# A petition history event in `loathon audit` (staff, command line).
audit-event-author_revealed = xem tên người gửi
# An operator or admin reading command-line output (`loathon audit`, reports).
audit-system = hệ thống
# An operator or admin reading command-line output (`loathon audit`, reports).
audit-command-line = (dòng lệnh)
# An operator or admin reading command-line output (`loathon audit`, reports). $reason: the reason a
# person typed, quoted as is.
audit-reason = lý do: { $reason }

# `loathon locales gaps`, read by an operator or admin on the command line: the title line.
gaps-title = Người dân và nhóm thôn, bản đọc tiếng Việt vì chưa có bản dịch (theo thôn, bản và ngôn ngữ):
# `loathon locales gaps` when every person and group reads a language the bot has.
gaps-none = Không có: mọi người và mọi nhóm đều đọc ngôn ngữ đã có bản dịch.
# `loathon locales gaps`, one line per village and language with no translation at all.
# $village: the village's name and code ("Bản Tả Phìn (SLL-TP)"); $language: the language as
# `language-label` names it; $people, $groups: counts.
gaps-line-untranslated = • { $village }, { $language }: { $people } người, { $groups } nhóm — chưa có bản dịch, đọc tiếng Việt.
# `loathon locales gaps`, one line per village and language whose translation is incomplete.
# $village, $language, $people, $groups as in gaps-line-untranslated; $bundle: the bundle's code
# (hnj-x-rpa); $share: the percentage of messages translated (a number).
gaps-line-partial = • { $village }, { $language }: { $people } người, { $groups } nhóm — bản { $bundle } mới dịch { $share }%, phần còn lại đọc tiếng Việt.
# `loathon locales gaps`, the last line. $people, $groups: totals of the untranslated lines.
gaps-total = Tổng cộng chưa có bản dịch: { $people } người, { $groups } nhóm.
