# Officers (cán bộ) of a unit and admins. Officers are addressed as "đồng chí".

menu-queue = 📥 Hàng đợi kiến nghị
menu-report = 📊 Báo cáo

officer-only = Chức năng này dành cho cán bộ các đơn vị. Nếu bạn là cán bộ, mời bạn đề nghị quản trị viên của xã gửi mã mời.
admin-only = Chức năng này dành cho quản trị viên.
admin-not-your-area = Đơn vị này không thuộc địa bàn đồng chí quản lý.

officer-forwarded-in =
    📥 Kiến nghị { $code } được { $from } chuyển đến
    Lý do chuyển: { $reason }
    Lĩnh vực: { $category }
    Hạn trả lời: { $due }
    «{ $excerpt }»
officer-colleague-answered = Kiến nghị { $code } mà đồng chí đã nhận xử lý vừa được một cán bộ khác của đơn vị trả lời.
officer-new-petition =
    📥 Kiến nghị mới { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Hạn trả lời: { $due }
    «{ $excerpt }»
officer-queue-empty = { $unit }: không có kiến nghị nào đang chờ.
officer-queue-title = 📥 { $unit }: { $count } kiến nghị đang chờ (hạn gần nhất ở trên).
officer-queue-line = • { $code } · { $category } · { $village } · { $status } · { $left }
# Time left in the queue, counted in working days (weekends and public holidays skipped).
time-left-working-days = còn { $days } ngày làm việc
time-left-hours = còn { $hours } giờ
time-overdue = ⚠️ quá hạn { $days } ngày
officer-petition-detail =
    📂 Kiến nghị { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Người gửi: { $author }
    Gửi lúc: { $submitted }
    Hạn trả lời: { $due } ({ $left })
    Tình trạng: { $status }
    Nội dung: { $body }
officer-author-gone = Người gửi kiến nghị { $code } đã xóa dữ liệu của mình trên Loa Thôn nên không hỏi thêm được. Mời đồng chí giải quyết theo nội dung đã có, hoặc khép lại kiến nghị.
officer-handled-by = Đang xử lý: { $name }
officer-timeline-title = Diễn biến:
timeline-claimed = • { $time } { $who } nhận xử lý
timeline-info-requested = • { $time } { $who } hỏi thêm: «{ $text }»
timeline-info-added = • { $time } Người gửi bổ sung thông tin
timeline-answered = • { $time } { $who } trả lời: «{ $text }»
timeline-answered-voice = • { $time } { $who } trả lời bằng tin nhắn thoại
timeline-rated = • { $time } Người gửi đánh giá { $text }/5
timeline-reopened = • { $time } Người gửi đề nghị xem lại: «{ $text }»
timeline-forwarded = • { $time } { $who } chuyển đơn vị: { $text }
timeline-closed = • { $time } { $who } khép lại: { $text }
timeline-overdue = • { $time } Quá hạn trả lời
officer-history-title = 📜 Toàn bộ diễn biến kiến nghị { $code }:
button-full-history = 📜 Xem đầy đủ diễn biến
officer-supplement-text = ✍️ Người gửi bổ sung (trả lời câu hỏi của đơn vị):
officer-supplement-file = 📎 Người gửi bổ sung, tệp số { $n }
officer-unit-unstaffed = ⚠️ { $unit } chưa có cán bộ nào nhận tin trên Loa Thôn, nên tin này được gửi đến quản trị viên. Đề nghị mời cán bộ của đơn vị.
officer-read-only = Đồng chí đang xem với quyền quản trị viên (chỉ xem): đơn vị giải quyết chưa có cán bộ trên Loa Thôn.
button-invite-officer = ✉️ Mời cán bộ của đơn vị
officer-merge-confirm = Đồng chí muốn gộp kiến nghị này vào kiến nghị { $other }?
officer-merge-other-category = ⚠️ Hai kiến nghị thuộc hai lĩnh vực khác nhau.
officer-merge-other-village = ⚠️ Hai kiến nghị gửi từ hai thôn, bản khác nhau.
officer-merge-target-closed = Kiến nghị { $other } đã được trả lời hoặc khép lại nên không gộp vào được. Mời đồng chí trả lời kiến nghị này riêng.
button-merge = 🔗 Gộp
officer-body-none = (chỉ có tệp kèm theo)
author-anonymous = Người dân (giấu tên)
officer-attachment = 📎 Ảnh, tệp gửi kèm kiến nghị (số { $n })
officer-actions = Đồng chí xử lý kiến nghị { $code } thế nào?
officer-already-claimed = Kiến nghị { $code } đã có cán bộ nhận xử lý.
officer-claimed = Đồng chí đã nhận xử lý kiến nghị { $code }. Người gửi đã được báo.
officer-not-pending = Kiến nghị { $code } đã được trả lời hoặc khép lại.
officer-ask-answer = Mời đồng chí gửi câu trả lời cho kiến nghị { $code } (chữ hoặc tin nhắn thoại). Người dân sẽ nhận đúng như đồng chí gửi.
officer-answer-preview = Xem trước câu trả lời:
officer-answer-preview-voice = Xem trước câu trả lời bằng tin nhắn thoại.
officer-answer-confirm = Gửi câu trả lời này cho người dân?
officer-answer-sent = ✅ Đã gửi câu trả lời cho kiến nghị { $code }. Người dân được mời đánh giá.
officer-ask-question = Mời đồng chí viết câu hỏi cần người dân bổ sung cho kiến nghị { $code }.
officer-question-sent = Đã gửi câu hỏi về kiến nghị { $code } cho người dân. Khi người dân bổ sung xong, đồng chí sẽ được báo.
officer-info-added = ✍️ Người dân đã bổ sung thông tin cho kiến nghị { $code }.
officer-reopened = 🔄 Kiến nghị { $code } được người dân mở lại vì chưa hài lòng. Lý do: «{ $reason }»
officer-choose-unit = Chuyển kiến nghị { $code } đến đơn vị nào?
officer-ask-forward-reason = Mời đồng chí ghi lý do chuyển kiến nghị { $code } (người dân và đơn vị nhận sẽ được báo).
officer-forwarded = Đã chuyển kiến nghị { $code } đến { $unit }.
officer-choose-close = Khép lại kiến nghị { $code } vì lý do gì?
officer-ask-duplicate = Kiến nghị { $code } trùng với kiến nghị nào? Mời đồng chí gõ mã của kiến nghị kia.
officer-duplicate-unknown = Không tìm thấy kiến nghị khác có mã «{ $code }». Mời đồng chí kiểm tra lại mã.
officer-ask-close-reason = Mời đồng chí ghi lý do kiến nghị { $code } không thuộc phạm vi giải quyết (người dân sẽ đọc lý do này).
officer-closed = Đã khép lại kiến nghị { $code } và báo cho người dân.
officer-text-only = Ở bước này, mời đồng chí trả lời bằng chữ.

# Sent to the unit when three quarters of the time are used; $due is the date the answer is
# due (with the hour for a deadline in hours).
officer-reminder =
    ⏰ Nhắc việc: kiến nghị { $code } sắp đến hạn trả lời.
    Hạn trả lời: { $due }.
    Đề nghị đồng chí khẩn trương giải quyết và trả lời người dân đúng hạn.
# An emergency petition, sent at once to the unit (with the open button) and to the admins over
# the village; $village is "village, commune", $due the hour and date it is due.
officer-emergency =
    🚨 KHẨN CẤP: kiến nghị { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Đơn vị xử lý: { $unit }
    Hạn xử lý: { $due }
    «{ $excerpt }»
    Đề nghị đồng chí liên hệ, xử lý ngay.
officer-overdue =
    ⚠️ Kiến nghị { $code } của { $unit } đã quá hạn trả lời ({ $due }).
    Lĩnh vực: { $category } · Nơi: { $village }

button-open = 📂 Mở
button-claim = 🙋 Nhận xử lý
button-answer = 💬 Trả lời
button-ask-more = ✍️ Hỏi thêm
button-forward = ↪️ Chuyển đơn vị
button-close = 🗂 Khép lại
button-back-queue = 📥 Về hàng đợi
button-send-answer = 📨 Gửi trả lời
button-rewrite = ✏️ Viết lại
button-close-duplicate = Trùng kiến nghị khác
button-close-out-of-scope = Không thuộc phạm vi của xã

invite-choose-unit = Mời cán bộ vào đơn vị nào?
invite-unknown-unit = Không có đơn vị mã «{ $unit }». Gõ /moi để chọn trong danh sách.
invite-created =
    ✉️ Mã mời cán bộ vào đơn vị { $unit }: { $code }
    Người được mời gửi cho Loa Thôn: /start { $code }
    Mã dùng được một lần, hết hạn lúc { $expires }.
officers-title = 👮 Cán bộ các đơn vị trên địa bàn đồng chí quản lý (bấm để thu hồi quyền của người đã chuyển công tác):
officers-none = Các đơn vị trên địa bàn đồng chí quản lý chưa có cán bộ nào. Gõ /moi để mời cán bộ.
button-revoke-officer = 🚫 Thu hồi quyền: { $name }
officer-revoked = Đã thu hồi quyền cán bộ của { $name } tại { $unit }. Từ nay người này không xem được kiến nghị của đơn vị nữa.
officer-role-revoked = Quyền cán bộ của đồng chí tại { $unit } đã được thu hồi. Nếu có nhầm lẫn, đề nghị đồng chí liên hệ quản trị viên của xã.
invite-invalid = Mã mời không đúng. Mời đồng chí kiểm tra lại hoặc đề nghị quản trị viên cấp mã mới.
invite-used = Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; đề nghị quản trị viên cấp mã mới.
invite-expired = Mã mời này đã hết hạn. Đề nghị quản trị viên cấp mã mới.
invite-accepted = ✅ Đồng chí đã là cán bộ của { $unit }. Gõ /hangdoi để xem các kiến nghị đang chờ.

report-title = 📊 Báo cáo kiến nghị — { $scope }, từ { $from } đến { $to }: tổng số { $total } kiến nghị.
report-figures =
    Đã trả lời: { $answered } · Đúng hạn: { $ontime }
    Thời gian trả lời (trung vị): { $median }
    Mức hài lòng với lần trả lời đầu: { $rating } ({ $rated } lượt đánh giá)
    Sau khi mở lại: { $rating_reopened } ({ $rated_reopened } lượt đánh giá)
report-none = chưa có
report-days = { $days } ngày
report-by-status = Theo tình trạng:
report-by-category = Theo lĩnh vực:
report-by-unit = Theo đơn vị:
report-by-village = Theo thôn, bản:
report-overdue = Quá hạn ({ $count }):
# /baocao over several communes: one line each, then a button per commune for its detail.
report-summary-commune = • { $commune }: { $total } kiến nghị · đã trả lời { $answered } · đúng hạn { $ontime } · quá hạn { $overdue }
report-pick-commune = Bấm tên xã để xem chi tiết (hoặc gõ /baocao, /tiendo kèm tên xã).
report-commune-unknown = Không tìm thấy xã «{ $query }» trong địa bàn đồng chí quản lý. Mời đồng chí chọn trong danh sách.
