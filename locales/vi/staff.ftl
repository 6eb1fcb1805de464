# Staff output on the command line (`loathon audit`): Vietnamese, like the chat reports. The
# event's code follows each name in brackets, for operators reading logs and the database.

# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): the villager sent the petition. A short lower-case phrase; its code is printed after it.
audit-event-submitted = gửi kiến nghị
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a
# chat message): it was sent to a unit. A short lower-case phrase; its code is printed after it.
audit-event-routed = chuyển đến đơn vị
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a
# chat message): an officer opened it. A short lower-case phrase; its code is printed after it.
audit-event-viewed = cán bộ xem
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a
# chat message): an officer took it on. A short lower-case phrase; its code is printed after it.
audit-event-claimed = nhận xử lý
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): more information was asked. A short lower-case phrase; its code is printed after it.
audit-event-info_requested = hỏi thêm thông tin
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): the villager added information. A short lower-case phrase; its code is printed after it.
audit-event-info_added = người gửi bổ sung
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): the villager finished adding information. A short lower-case phrase; its code is printed
# after it.
audit-event-info_completed = bổ sung xong
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a
# chat message): it was answered. A short lower-case phrase; its code is printed after it.
audit-event-answered = trả lời
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): it was passed to another unit. A short lower-case phrase; its code is printed after it.
audit-event-forwarded = chuyển đơn vị khác
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a
# chat message): it was closed. A short lower-case phrase; its code is printed after it.
audit-event-closed = khép lại
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): the villager rated the answer. A short lower-case phrase; its code is printed after it.
audit-event-rated = đánh giá
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a
# chat message): it was reopened. A short lower-case phrase; its code is printed after it.
audit-event-reopened = mở lại
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): a deadline reminder was sent. A short lower-case phrase; its code is printed after it.
audit-event-reminded = nhắc hạn
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a
# chat message): the deadline passed. A short lower-case phrase; its code is printed after it.
audit-event-overdue = quá hạn
# In `loathon audit`'s trail: the author let others follow the petition (a share link given).
audit-event-shared = cho người khác theo dõi
# In `loathon audit`'s trail: the author took the share link back.
audit-event-unshared = thôi cho theo dõi
# In `loathon audit`'s trail: someone began to follow the petition by its share link.
audit-event-followed = theo dõi qua đường link chia sẻ
# One kind of event in a petition's audit trail (a printed list for operators and admins, not a chat
# message): an officer looked at the anonymous author's name. A short lower-case phrase; its code is
# printed after it.
audit-event-author_revealed = xem tên người gửi
# In the audit trail (operators, admins): shown as the actor when the bot itself did something:
# "the system". Lower case.
audit-system = hệ thống
# In the audit trail (operators, admins): shown as the actor when an operator acted from the
# server's command line. Keep the brackets.
audit-command-line = (dòng lệnh)
# In the audit trail (operators, admins), after an event: the reason given. $reason: as typed by
# the officer, quoted as is.
audit-reason = lý do: { $reason }

# A printed list for operators and admins (not a chat message): the heading above the villages
# whose people or groups read Vietnamese because their language has no translation.
gaps-title = Người dân và nhóm thôn, bản đọc tiếng Việt vì chưa có bản dịch (theo thôn, bản và ngôn ngữ):
# The same printed list (operators, admins) when everyone reads a translated language.
gaps-none = Không có: mọi người và mọi nhóm đều đọc ngôn ngữ đã có bản dịch.
# One line of the printed list (operators, admins): a village and language with no translation.
# $village: name and code, e.g. "Bản Tả Phìn (SLL-TP)"; $language: ALREADY TRANSLATED (from
# language-label), e.g. "tiếng Dao (ium)"; $people, $groups: counts, e.g. 12 and 1.
gaps-line-untranslated = • { $village }, { $language }: { $people } người, { $groups } nhóm — chưa có bản dịch, đọc tiếng Việt.
# One line of the printed list (operators, admins): a language partly translated. $village,
# $language, $people, $groups: as in gaps-line-untranslated; $bundle: the translation's code, e.g.
# "hnj-x-rpa" (not translated); $share: the percentage translated, a number, e.g. 64.
gaps-line-partial = • { $village }, { $language }: { $people } người, { $groups } nhóm — bản { $bundle } mới dịch { $share }%, phần còn lại đọc tiếng Việt.
# The last line of the printed list (operators, admins). $people, $groups: totals, e.g. 40 and 3.
gaps-total = Tổng cộng chưa có bản dịch: { $people } người, { $groups } nhóm.
