# Staff output on the command line (`loathon audit`): Vietnamese, like the chat reports. The
# event's code follows each name in brackets, for operators reading logs and the database.

audit-event-submitted = gửi kiến nghị
audit-event-routed = chuyển đến đơn vị
audit-event-viewed = cán bộ xem
audit-event-claimed = nhận xử lý
audit-event-info_requested = hỏi thêm thông tin
audit-event-info_added = người gửi bổ sung
audit-event-info_completed = bổ sung xong
audit-event-answered = trả lời
audit-event-forwarded = chuyển đơn vị khác
audit-event-closed = khép lại
audit-event-rated = đánh giá
audit-event-reopened = mở lại
audit-event-reminded = nhắc hạn
audit-event-overdue = quá hạn
audit-event-author_revealed = xem tên người gửi
audit-system = hệ thống
audit-command-line = (dòng lệnh)
audit-reason = lý do: { $reason }
