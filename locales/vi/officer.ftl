# Officers (cán bộ) of a unit and admins. Officers are addressed as "đồng chí".

# A button of the main menu, also named in other messages through { menu-queue } (keep it short; the
# emoji stays).
menu-queue = 📥 Hàng đợi kiến nghị
# A button of the main menu, also named in other messages through { menu-report } (keep it short;
# the emoji stays).
menu-report = 📊 Báo cáo

# An officer (cán bộ) or admin of the commune, in a private chat.
officer-only = Chức năng này dành cho cán bộ các đơn vị. Nếu bạn là cán bộ, mời bạn đề nghị quản trị viên của xã gửi mã mời.
# An officer (cán bộ) or admin of the commune, in a private chat.
admin-only = Chức năng này dành cho quản trị viên.
# An officer (cán bộ) or admin of the commune, in a private chat.
admin-not-your-area = Đơn vị này không thuộc địa bàn đồng chí quản lý.

# An officer (cán bộ) or admin of the commune, in a private chat. $category: the petition category's
# name, ALREADY TRANSLATED into the reader's language; $code: the tracking code (8 digits, e.g.
# 4827-1935); $due: the deadline, already written as a time and date; $excerpt: the start of what
# the villager wrote, cut short; $from: the first day of the period (25/12/2026); $reason: the
# reason a person typed, quoted as is.
officer-forwarded-in =
    📥 Kiến nghị { $code } được { $from } chuyển đến
    Lý do chuyển: { $reason }
    Lĩnh vực: { $category }
    Hạn trả lời: { $due }
    «{ $excerpt }»
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-colleague-answered = Kiến nghị { $code } mà đồng chí đã nhận xử lý vừa được một cán bộ khác của đơn vị trả lời.
# An officer (cán bộ) or admin of the commune, in a private chat. $category: the petition category's
# name, ALREADY TRANSLATED into the reader's language; $code: the tracking code (8 digits, e.g.
# 4827-1935); $due: the deadline, already written as a time and date; $excerpt: the start of what
# the villager wrote, cut short; $village: the name of a village (thôn, bản), e.g. "Bản Tả Phìn".
officer-new-petition =
    📥 Kiến nghị mới { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Hạn trả lời: { $due }
    «{ $excerpt }»
# An officer (cán bộ) or admin of the commune, in a private chat. $unit: the name of a unit (UBND
# xã, Công an xã, Trạm Y tế…).
officer-queue-empty = { $unit }: không có kiến nghị nào đang chờ.
# An officer (cán bộ) or admin of the commune, in a private chat. $count: a number (plural forms
# select on it); $unit: the name of a unit (UBND xã, Công an xã, Trạm Y tế…).
officer-queue-title = 📥 { $unit }: { $count } kiến nghị đang chờ (hạn gần nhất ở trên).
# An officer (cán bộ) or admin of the commune, in a private chat. $category: the petition category's
# name, ALREADY TRANSLATED into the reader's language; $code: the tracking code (8 digits, e.g.
# 4827-1935); $left: the time left before the deadline, already written; $status: the status,
# ALREADY TRANSLATED into the reader's language (another message); $village: the name of a village
# (thôn, bản), e.g. "Bản Tả Phìn".
officer-queue-line = • { $code } · { $category } · { $village } · { $status } · { $left }
# Time left in the queue, counted in working days (weekends and public holidays skipped).
time-left-working-days = còn { $days } ngày làm việc
# Inserted into the officer's queue lines and petition detail as $left (officer, private chat).
# $hours: a number of hours.
time-left-hours = còn { $hours } giờ
# Inserted into the officer's queue lines and petition detail as $left (officer, private chat).
# $days: a number of days.
time-overdue = ⚠️ quá hạn { $days } ngày
# An officer (cán bộ) or admin of the commune, in a private chat. $author: the petition author's
# name, or "(giấu tên)" when anonymous; $body: the petition's text as the villager wrote it;
# $category: the petition category's name, ALREADY TRANSLATED into the reader's language; $code: the
# tracking code (8 digits, e.g. 4827-1935); $due: the deadline, already written as a time and date;
# $left: the time left before the deadline, already written; $status: the status, ALREADY TRANSLATED
# into the reader's language (another message); $submitted: when it was sent (time and date);
# $village: the name of a village (thôn, bản), e.g. "Bản Tả Phìn".
officer-petition-detail =
    📂 Kiến nghị { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Người gửi: { $author }
    Gửi lúc: { $submitted }
    Hạn trả lời: { $due } ({ $left })
    Tình trạng: { $status }
    Nội dung: { $body }
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-author-gone = Người gửi kiến nghị { $code } đã xóa dữ liệu của mình trên Loa Thôn nên không hỏi thêm được. Mời đồng chí giải quyết theo nội dung đã có, hoặc khép lại kiến nghị.
# An officer (cán bộ) or admin of the commune, in a private chat. $name: a person's display name.
officer-handled-by = Đang xử lý: { $name }
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-timeline-title = Diễn biến:
# One line of a petition's history, read by the officer and by the villager who sent it. $time: a
# time and date, already written "17:30 25/12/2026"; $who: who did it: an officer's name, or "hệ
# thống".
timeline-claimed = • { $time } { $who } nhận xử lý
# One line of a petition's history, read by the officer and by the villager who sent it. $text: what
# a person wrote, quoted as is; $time: a time and date, already written "17:30 25/12/2026"; $who:
# who did it: an officer's name, or "hệ thống".
timeline-info-requested = • { $time } { $who } hỏi thêm: «{ $text }»
# One line of a petition's history, read by the officer and by the villager who sent it. $time: a
# time and date, already written "17:30 25/12/2026".
timeline-info-added = • { $time } Người gửi bổ sung thông tin
# One line of a petition's history, read by the officer and by the villager who sent it. $text: what
# a person wrote, quoted as is; $time: a time and date, already written "17:30 25/12/2026"; $who:
# who did it: an officer's name, or "hệ thống".
timeline-answered = • { $time } { $who } trả lời: «{ $text }»
# One line of a petition's history, read by the officer and by the villager who sent it. $time: a
# time and date, already written "17:30 25/12/2026"; $who: who did it: an officer's name, or "hệ
# thống".
timeline-answered-voice = • { $time } { $who } trả lời bằng tin nhắn thoại
# One line of a petition's history, read by the officer and by the villager who sent it. $text: what
# a person wrote, quoted as is; $time: a time and date, already written "17:30 25/12/2026".
timeline-rated = • { $time } Người gửi đánh giá { $text }/5
# One line of a petition's history, read by the officer and by the villager who sent it. $text: what
# a person wrote, quoted as is; $time: a time and date, already written "17:30 25/12/2026".
timeline-reopened = • { $time } Người gửi đề nghị xem lại: «{ $text }»
# One line of a petition's history, read by the officer and by the villager who sent it. $text: what
# a person wrote, quoted as is; $time: a time and date, already written "17:30 25/12/2026"; $who:
# who did it: an officer's name, or "hệ thống".
timeline-forwarded = • { $time } { $who } chuyển đơn vị: { $text }
# One line of a petition's history, read by the officer and by the villager who sent it. $text: what
# a person wrote, quoted as is; $time: a time and date, already written "17:30 25/12/2026"; $who:
# who did it: an officer's name, or "hệ thống".
timeline-closed = • { $time } { $who } khép lại: { $text }
# One line of a petition's history, read by the officer and by the villager who sent it. $time: a
# time and date, already written "17:30 25/12/2026".
timeline-overdue = • { $time } Quá hạn trả lời
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-history-title = 📜 Toàn bộ diễn biến kiến nghị { $code }:
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-full-history = 📜 Xem đầy đủ diễn biến
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-supplement-text = ✍️ Người gửi bổ sung (trả lời câu hỏi của đơn vị):
# An officer (cán bộ) or admin of the commune, in a private chat. $n: a position number (1, 2, 3…).
officer-supplement-file = 📎 Người gửi bổ sung, tệp số { $n }
# An officer (cán bộ) or admin of the commune, in a private chat. $unit: the name of a unit (UBND
# xã, Công an xã, Trạm Y tế…).
officer-unit-unstaffed = ⚠️ { $unit } chưa có cán bộ nào nhận tin trên Loa Thôn, nên tin này được gửi đến quản trị viên. Đề nghị mời cán bộ của đơn vị.
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-read-only = Đồng chí đang xem với quyền quản trị viên (chỉ xem): đơn vị giải quyết chưa có cán bộ trên Loa Thôn.
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-invite-officer = ✉️ Mời cán bộ của đơn vị
# An officer (cán bộ) or admin of the commune, in a private chat. $other: the other side: a
# channel's name ALREADY TRANSLATED (Telegram, Zalo) or another tracking code.
officer-merge-confirm = Đồng chí muốn gộp kiến nghị này vào kiến nghị { $other }?
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-merge-other-category = ⚠️ Hai kiến nghị thuộc hai lĩnh vực khác nhau.
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-merge-other-village = ⚠️ Hai kiến nghị gửi từ hai thôn, bản khác nhau.
# An officer (cán bộ) or admin of the commune, in a private chat. $other: the other side: a
# channel's name ALREADY TRANSLATED (Telegram, Zalo) or another tracking code.
officer-merge-target-closed = Kiến nghị { $other } đã được trả lời hoặc khép lại nên không gộp vào được. Mời đồng chí trả lời kiến nghị này riêng.
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-merge = 🔗 Gộp
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-body-none = (chỉ có tệp kèm theo)
# An officer (cán bộ) or admin of the commune, in a private chat.
author-anonymous = Người dân (giấu tên)
# An officer (cán bộ) or admin of the commune, in a private chat. $n: a position number (1, 2, 3…).
officer-attachment = 📎 Ảnh, tệp gửi kèm kiến nghị (số { $n })
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-actions = Đồng chí xử lý kiến nghị { $code } thế nào?
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-already-claimed = Kiến nghị { $code } đã có cán bộ nhận xử lý.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-claimed = Đồng chí đã nhận xử lý kiến nghị { $code }. Người gửi đã được báo.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-not-pending = Kiến nghị { $code } đã được trả lời hoặc khép lại.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-ask-answer = Mời đồng chí gửi câu trả lời cho kiến nghị { $code } (chữ hoặc tin nhắn thoại). Người dân sẽ nhận đúng như đồng chí gửi.
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-answer-preview = Xem trước câu trả lời:
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-answer-preview-voice = Xem trước câu trả lời bằng tin nhắn thoại.
# An officer (cán bộ) or admin of the commune, in a private chat.
officer-answer-confirm = Gửi câu trả lời này cho người dân?
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-answer-sent = ✅ Đã gửi câu trả lời cho kiến nghị { $code }. Người dân được mời đánh giá.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-ask-question = Mời đồng chí viết câu hỏi cần người dân bổ sung cho kiến nghị { $code }.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-question-sent = Đã gửi câu hỏi về kiến nghị { $code } cho người dân. Khi người dân bổ sung xong, đồng chí sẽ được báo.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-info-added = ✍️ Người dân đã bổ sung thông tin cho kiến nghị { $code }.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935); $reason: the reason a person typed, quoted as is.
officer-reopened = 🔄 Kiến nghị { $code } được người dân mở lại vì chưa hài lòng. Lý do: «{ $reason }»
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-choose-unit = Chuyển kiến nghị { $code } đến đơn vị nào?
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-ask-forward-reason = Mời đồng chí ghi lý do chuyển kiến nghị { $code } (người dân và đơn vị nhận sẽ được báo).
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935); $unit: the name of a unit (UBND xã, Công an xã, Trạm Y tế…).
officer-forwarded = Đã chuyển kiến nghị { $code } đến { $unit }.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-choose-close = Khép lại kiến nghị { $code } vì lý do gì?
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-ask-duplicate = Kiến nghị { $code } trùng với kiến nghị nào? Mời đồng chí gõ mã của kiến nghị kia.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-duplicate-unknown = Không tìm thấy kiến nghị khác có mã «{ $code }». Mời đồng chí kiểm tra lại mã.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-ask-close-reason = Mời đồng chí ghi lý do kiến nghị { $code } không thuộc phạm vi giải quyết (người dân sẽ đọc lý do này).
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935).
officer-closed = Đã khép lại kiến nghị { $code } và báo cho người dân.
# An officer (cán bộ) or admin of the commune, in a private chat.
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
# An officer (cán bộ) or admin of the commune, in a private chat. $category: the petition category's
# name, ALREADY TRANSLATED into the reader's language; $code: the tracking code (8 digits, e.g.
# 4827-1935); $due: the deadline, already written as a time and date; $unit: the name of a unit
# (UBND xã, Công an xã, Trạm Y tế…); $village: the name of a village (thôn, bản), e.g. "Bản Tả
# Phìn".
officer-overdue =
    ⚠️ Kiến nghị { $code } của { $unit } đã quá hạn trả lời ({ $due }).
    Lĩnh vực: { $category } · Nơi: { $village }

# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-open = 📂 Mở
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-claim = 🙋 Nhận xử lý
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-answer = 💬 Trả lời
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-ask-more = ✍️ Hỏi thêm
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-forward = ↪️ Chuyển đơn vị
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-close = 🗂 Khép lại
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-back-queue = 📥 Về hàng đợi
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-send-answer = 📨 Gửi trả lời
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-rewrite = ✏️ Viết lại
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-close-duplicate = Trùng kiến nghị khác
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays).
button-close-out-of-scope = Không thuộc phạm vi của xã

# An officer (cán bộ) or admin of the commune, in a private chat.
invite-choose-unit = Mời cán bộ vào đơn vị nào?
# An officer (cán bộ) or admin of the commune, in a private chat. $unit: the name of a unit (UBND
# xã, Công an xã, Trạm Y tế…).
invite-unknown-unit = Không có đơn vị mã «{ $unit }». Gõ /moi để chọn trong danh sách.
# An officer (cán bộ) or admin of the commune, in a private chat. $code: the tracking code (8
# digits, e.g. 4827-1935); $expires: when it expires (time and date); $unit: the name of a unit
# (UBND xã, Công an xã, Trạm Y tế…).
invite-created =
    ✉️ Mã mời cán bộ vào đơn vị { $unit }: { $code }
    Người được mời gửi cho Loa Thôn: /start { $code }
    Mã dùng được một lần, hết hạn lúc { $expires }.
# An officer (cán bộ) or admin of the commune, in a private chat.
officers-title = 👮 Cán bộ các đơn vị trên địa bàn đồng chí quản lý (bấm để thu hồi quyền của người đã chuyển công tác):
# An officer (cán bộ) or admin of the commune, in a private chat.
officers-none = Các đơn vị trên địa bàn đồng chí quản lý chưa có cán bộ nào. Gõ /moi để mời cán bộ.
# A button label. An officer (cán bộ) or admin of the commune, in a private chat (keep it short:
# about 30 characters fit; the emoji stays). $name: a person's display name.
button-revoke-officer = 🚫 Thu hồi quyền: { $name }
# An officer (cán bộ) or admin of the commune, in a private chat. $name: a person's display name;
# $unit: the name of a unit (UBND xã, Công an xã, Trạm Y tế…).
officer-revoked = Đã thu hồi quyền cán bộ của { $name } tại { $unit }. Từ nay người này không xem được kiến nghị của đơn vị nữa.
# The officer whose rights an admin just took away, in a private chat. $unit: the name of a unit
# (UBND xã, Công an xã, Trạm Y tế…).
officer-role-revoked = Quyền cán bộ của đồng chí tại { $unit } đã được thu hồi. Nếu có nhầm lẫn, đề nghị đồng chí liên hệ quản trị viên của xã.
# A person who opened an officer invite link, in a private chat.
invite-invalid = Mã mời không đúng. Mời đồng chí kiểm tra lại hoặc đề nghị quản trị viên cấp mã mới.
# A person who opened an officer invite link, in a private chat.
invite-used = Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; đề nghị quản trị viên cấp mã mới.
# A person who opened an officer invite link, in a private chat.
invite-expired = Mã mời này đã hết hạn. Đề nghị quản trị viên cấp mã mới.
# A person who opened an officer invite link, in a private chat. $unit: the name of a unit (UBND xã,
# Công an xã, Trạm Y tế…).
invite-accepted = ✅ Đồng chí đã là cán bộ của { $unit }. Gõ /hangdoi để xem các kiến nghị đang chờ.

# An admin or officer reading a report (chat /baocao, /tiendo, or the command line). $from: the
# first day of the period (25/12/2026); $scope: the name of the area the report covers; $to: the
# last day of the period (25/12/2026); $total: a total count.
report-title = 📊 Báo cáo kiến nghị — { $scope }, từ { $from } đến { $to }: tổng số { $total } kiến nghị.
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line). $answered: how
# many were answered; $median: a median duration, already written; $ontime: how many were answered
# on time; $rated: how many ratings; $rated_reopened: how many were rated and reopened; $rating: the
# average rating, already written; $rating_reopened: a count reopened after rating.
report-figures =
    Đã trả lời: { $answered } · Đúng hạn: { $ontime }
    Thời gian trả lời (trung vị): { $median }
    Mức hài lòng với lần trả lời đầu: { $rating } ({ $rated } lượt đánh giá)
    Sau khi mở lại: { $rating_reopened } ({ $rated_reopened } lượt đánh giá)
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line).
report-none = chưa có
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line). $days: a number
# of days.
report-days = { $days } ngày
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line).
report-by-status = Theo tình trạng:
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line).
report-by-category = Theo lĩnh vực:
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line).
report-by-unit = Theo đơn vị:
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line).
report-by-village = Theo thôn, bản:
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line). $count: a
# number (plural forms select on it).
report-overdue = Quá hạn ({ $count }):
# /baocao over several communes: one line each, then a button per commune for its detail.
report-summary-commune = • { $commune }: { $total } kiến nghị · đã trả lời { $answered } · đúng hạn { $ontime } · quá hạn { $overdue }
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line).
report-pick-commune = Bấm tên xã để xem chi tiết (hoặc gõ /baocao, /tiendo kèm tên xã).
# An admin or officer reading a report (chat /baocao, /tiendo, or the command line). $query: what
# the person typed to search, quoted as is.
report-commune-unknown = Không tìm thấy xã «{ $query }» trong địa bàn đồng chí quản lý. Mời đồng chí chọn trong danh sách.
