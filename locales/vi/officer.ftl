# Officers (cán bộ) of a unit and admins. Officers are addressed as "đồng chí".

# A main-menu button label shown to officers only (private chat): open the queue of petitions for
# their unit (office). Keep it short (≤ ~30 characters); the emoji stays.
menu-queue = 📥 Kiến nghị cần xử lý
# A main-menu button label shown to admins only (private chat): open the petitions report. Keep it
# short (≤ ~30 characters); the emoji stays.
menu-report = 📊 Báo cáo

# Someone who is not an officer (private chat) and tried an officer command such as /hangdoi: ask
# the commune admin for an invitation code.
officer-only = Chức năng này dành cho cán bộ các đơn vị. Nếu bạn là cán bộ, mời bạn đề nghị quản trị viên của xã gửi mã mời.
# Someone who is not an admin (private chat) and tried an admin command such as /thongbao or /moi.
admin-only = Chức năng này dành cho quản trị viên.
# An admin (private chat) who tried to act on a unit outside the area they manage.
admin-not-your-area = Đơn vị này không thuộc địa bàn đồng chí quản lý.

# Sent to the officers of a unit (private chat) when another unit passes a petition to them.
# $code: e.g. "4827-1935"; $from: the unit that passed it, e.g. "UBND xã"; $reason: that officer's
# reason, as typed; $category: ALREADY TRANSLATED; $due: e.g. "17:30 25/12/2026"; $excerpt: the
# start of the villager's text, quoted as is.
officer-forwarded-in =
    📥 Kiến nghị { $code } được { $from } chuyển đến
    Lý do chuyển: { $reason }
    Lĩnh vực: { $category }
    Hạn trả lời: { $due }
    «{ $excerpt }»
# Sent to an officer (private chat) who had taken on a petition, when a colleague of the same unit
# answered it instead. $code: e.g. "4827-1935".
officer-colleague-answered = Kiến nghị { $code } mà đồng chí đã nhận xử lý vừa được một cán bộ khác của đơn vị trả lời.
# Sent to the officers of a unit (private chat) when a villager sends a new petition to it. $code:
# e.g. "4827-1935"; $category: e.g. "Điện", ALREADY TRANSLATED; $village: e.g. "Bản Tả Phìn";
# $due: the answer deadline, e.g. "17:30 25/12/2026"; $excerpt: start of the villager's text, as is.
officer-new-petition =
    📥 Kiến nghị mới { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Hạn trả lời: { $due }
    «{ $excerpt }»
# An officer (private chat), after pressing «{ menu-queue }» or /hangdoi, when nothing waits. $unit:
# the unit's name, e.g. "Công an xã".
officer-queue-empty = { $unit }: không có kiến nghị nào đang chờ.
# An officer (private chat), above the list of waiting petitions (nearest deadline first). $unit:
# e.g. "Công an xã"; $count: e.g. 4.
officer-queue-title = 📥 { $unit }: { $count } kiến nghị đang chờ (hạn gần nhất ở trên).
# One line per petition in the officer's queue (private chat). $code: e.g. "4827-1935"; $category
# and $status: ALREADY TRANSLATED; $village: e.g. "Bản Tả Phìn"; $left: time left, ALREADY
# TRANSLATED (one of the time-left messages), e.g. "còn 2 ngày làm việc".
officer-queue-line = • { $code } · { $category } · { $village } · { $status } · { $left }
# Inserted ALREADY TRANSLATED as $left into the officer's queue and petition detail: time left,
# counted in working days (weekends and public holidays skipped). $days: e.g. 3. Lower case.
time-left-working-days = còn { $days } ngày làm việc
# Inserted ALREADY TRANSLATED as $left into the officer's queue and petition detail: less than a
# day left. $hours: e.g. 5. Lower case.
time-left-hours = còn { $hours } giờ
# Inserted ALREADY TRANSLATED as $left into the officer's queue and petition detail: the deadline
# has passed. $days: how many days late, e.g. 2.
time-overdue = ⚠️ quá hạn { $days } ngày
# An officer (private chat), after opening one petition. $code: e.g. "4827-1935"; $category and
# $status: ALREADY TRANSLATED; $village: e.g. "Bản Tả Phìn"; $author: the villager's name, or
# author-anonymous ALREADY TRANSLATED; $submitted, $due: e.g. "17:30 25/12/2026"; $left: ALREADY
# TRANSLATED, e.g. "còn 5 giờ"; $body: the villager's text, as is.
officer-petition-detail =
    📂 Kiến nghị { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Người gửi: { $author }
    Gửi lúc: { $submitted }
    Hạn trả lời: { $due } ({ $left })
    Tình trạng: { $status }
    Nội dung: { $body }
# An officer (private chat) looking at a petition whose author has deleted their data: no more
# questions can be asked. $code: e.g. "4827-1935".
officer-author-gone = Người gửi kiến nghị { $code } đã xóa dữ liệu của mình trên Loa Thôn nên không hỏi thêm được. Mời đồng chí giải quyết theo nội dung đã có, hoặc khép lại kiến nghị.
# A line of the officer's petition detail (private chat): who is handling it. $name: the officer's
# name, e.g. "Nguyễn Văn An".
officer-handled-by = Đang xử lý: { $name }
# In the officer's petition detail (private chat): the heading above the petition's history lines.
officer-timeline-title = Diễn biến:
# One line of a petition's history in the officer's detail (private chat): an officer took it on.
# $time: e.g. "17:30 25/12/2026". $who: an officer's name, or "hệ thống" (the system).
timeline-claimed = • { $time } { $who } nhận xử lý
# One line of a petition's history in the officer's detail (private chat): an officer asked the
# villager a question; $text: the question, as typed. $time: e.g. "17:30 25/12/2026". $who: an
# officer's name, or "hệ thống" (the system).
timeline-info-requested = • { $time } { $who } hỏi thêm: «{ $text }»
# One line of a petition's history in the officer's detail (private chat): the villager added
# information. $time: e.g. "17:30 25/12/2026".
timeline-info-added = • { $time } Người gửi bổ sung thông tin
# One line of a petition's history in the officer's detail (private chat): the answer; $text: the
# answer, as typed. $time: e.g. "17:30 25/12/2026". $who: an officer's name, or "hệ thống" (the
# system).
timeline-answered = • { $time } { $who } trả lời: «{ $text }»
# One line of a petition's history in the officer's detail (private chat): answered with a voice
# recording. $time: e.g. "17:30 25/12/2026". $who: an officer's name, or "hệ thống" (the system).
timeline-answered-voice = • { $time } { $who } trả lời bằng tin nhắn thoại
# One line of a petition's history in the officer's detail (private chat): the villager rated the
# answer; $text: the rating, a number from 1 to 5. $time: e.g. "17:30 25/12/2026".
timeline-rated = • { $time } Người gửi đánh giá { $text }/5
# One line of a petition's history in the officer's detail (private chat): the villager asked to
# reopen it; $text: their reason, as typed. $time: e.g. "17:30 25/12/2026".
timeline-reopened = • { $time } Người gửi đề nghị xem lại: «{ $text }»
# One line of a petition's history in the officer's detail (private chat): passed to another unit;
# $text: the reason, as typed. $time: e.g. "17:30 25/12/2026". $who: an officer's name, or "hệ
# thống" (the system).
timeline-forwarded = • { $time } { $who } chuyển đơn vị: { $text }
# One line of a petition's history in the officer's detail (private chat): closed; $text: the
# reason, as typed. $time: e.g. "17:30 25/12/2026". $who: an officer's name, or "hệ thống" (the
# system).
timeline-closed = • { $time } { $who } khép lại: { $text }
# One line of a petition's history in the officer's detail (private chat): the deadline passed.
# $time: e.g. "17:30 25/12/2026".
timeline-overdue = • { $time } Quá hạn trả lời
# An officer (private chat), after pressing «{ button-full-history }»: the heading above the whole
# history. $code: e.g. "4827-1935".
officer-history-title = 📜 Toàn bộ diễn biến kiến nghị { $code }:
# A button label under the officer's petition detail (private chat): show the whole history. Keep
# it short (≤ ~30 characters); the emoji stays.
button-full-history = 📜 Xem đầy đủ diễn biến
# An officer (private chat): the heading above the information the villager added in answer to the
# unit's question (the villager's text follows, as is).
officer-supplement-text = ✍️ Người gửi bổ sung (trả lời câu hỏi của đơn vị):
# An officer (private chat): caption of a file the villager added. $n: its number, e.g. 2.
officer-supplement-file = 📎 Người gửi bổ sung, tệp số { $n }
# Sent to an admin (private chat) with a petition, because its unit has no officer on the bot yet;
# please invite one. $unit: e.g. "Trạm Y tế xã".
officer-unit-unstaffed = ⚠️ { $unit } chưa có cán bộ nào nhận tin trên Loa Thôn, nên tin này được gửi đến quản trị viên. Đề nghị đồng chí mời cán bộ của đơn vị (/moi).
# An admin (private chat) viewing a petition of a unit that has no officer yet: they can only look.
officer-read-only = Đồng chí đang xem với quyền quản trị viên (chỉ xem): đơn vị giải quyết chưa có cán bộ trên Loa Thôn.
# A button label for an admin (private chat): invite an officer of this unit. Keep it short (≤ ~30
# characters); the emoji stays.
button-invite-officer = ✉️ Mời cán bộ của đơn vị
# An officer (private chat), after typing the code of the petition this one duplicates: merge into
# it? $other: the other petition's tracking code, e.g. "5521-0934".
officer-merge-confirm = Đồng chí muốn gộp kiến nghị này vào kiến nghị { $other }?
# A warning under officer-merge-confirm (officer): the two petitions have different categories.
officer-merge-other-category = ⚠️ Hai kiến nghị thuộc hai lĩnh vực khác nhau.
# A warning under officer-merge-confirm (officer): the two petitions come from different villages.
officer-merge-other-village = ⚠️ Hai kiến nghị gửi từ hai thôn, bản khác nhau.
# An officer (private chat): the petition to merge into is already answered or closed. $other: its
# tracking code, e.g. "5521-0934".
officer-merge-target-closed = Kiến nghị { $other } đã được trả lời hoặc khép lại nên không gộp vào được. Mời đồng chí trả lời kiến nghị này riêng.
# A button label under officer-merge-confirm (officer): merge. Keep it short (≤ ~30 characters); the
# emoji stays.
button-merge = 🔗 Gộp
# Inserted as the petition's text in the officer's detail when the villager sent only attachments:
# "(attachments only)". Keep the brackets.
officer-body-none = (chỉ có tệp kèm theo)
# Inserted ALREADY TRANSLATED as $author in the officer's petition detail when the villager hid
# their name: "a villager (name hidden)".
author-anonymous = Người dân (giấu tên)
# An officer (private chat): caption of a photo or file sent with the petition. $n: its number,
# e.g. 1.
officer-attachment = 📎 Ảnh, tệp gửi kèm kiến nghị (số { $n })
# An officer (private chat), under a petition's detail: what do you want to do? The action buttons
# follow. $code: e.g. "4827-1935".
officer-actions = Đồng chí xử lý kiến nghị { $code } thế nào?
# An officer (private chat) who pressed «{ button-claim }» on a petition a colleague already took.
# $code: e.g. "4827-1935".
officer-already-claimed = Kiến nghị { $code } đã có cán bộ nhận xử lý.
# An officer (private chat), after pressing «{ button-claim }»: they now handle it; the villager was
# told. $code: e.g. "4827-1935".
officer-claimed = Đồng chí đã nhận xử lý kiến nghị { $code }. Người gửi đã được báo.
# An officer (private chat) acting on a petition already answered or closed. $code: e.g.
# "4827-1935".
officer-not-pending = Kiến nghị { $code } đã được trả lời hoặc khép lại.
# An officer (private chat), after pressing «{ button-answer }»: send the answer as text or voice;
# the villager gets it exactly as sent. $code: e.g. "4827-1935".
officer-ask-answer = Mời đồng chí gửi câu trả lời cho kiến nghị { $code } (chữ hoặc tin nhắn thoại). Người dân sẽ nhận đúng như đồng chí gửi.
# An officer (private chat): the heading above their typed answer, shown back before sending.
officer-answer-preview = Xem trước câu trả lời:
# An officer (private chat): shown with their recorded voice answer, before sending.
officer-answer-preview-voice = Xem trước câu trả lời bằng tin nhắn thoại.
# An officer (private chat), under the preview: send this answer to the villager? Buttons follow.
officer-answer-confirm = Gửi câu trả lời này cho người dân?
# An officer (private chat), after sending an answer; the villager is asked to rate it. $code: e.g.
# "4827-1935".
officer-answer-sent = ✅ Đã gửi câu trả lời cho kiến nghị { $code }. Người dân được mời đánh giá.
# An officer (private chat), after pressing «{ button-ask-more }»: write the question for the
# villager. $code: e.g. "4827-1935".
officer-ask-question = Mời đồng chí viết câu hỏi cần người dân bổ sung cho kiến nghị { $code }.
# An officer (private chat), after writing the question: it was sent; they will be told when the
# villager answers. $code: e.g. "4827-1935".
officer-question-sent = Đã gửi câu hỏi về kiến nghị { $code } cho người dân. Khi người dân bổ sung xong, đồng chí sẽ được báo.
# Sent to the officer handling a petition (private chat) when the villager adds information. $code:
# e.g. "4827-1935".
officer-info-added = ✍️ Người dân đã bổ sung thông tin cho kiến nghị { $code }.
# Sent to the unit's officers (private chat) when a villager reopens an answered petition. $code:
# e.g. "4827-1935"; $reason: the villager's reason, as typed.
officer-reopened = 🔄 Kiến nghị { $code } được người dân mở lại vì chưa hài lòng. Lý do: «{ $reason }»
# An officer (private chat), after pressing «{ button-forward }»: to which unit? One button per unit
# follows. $code: e.g. "4827-1935".
officer-choose-unit = Chuyển kiến nghị { $code } đến đơn vị nào?
# An officer (private chat), after choosing the unit: write the reason (the villager and the new
# unit will read it). $code: e.g. "4827-1935".
officer-ask-forward-reason = Mời đồng chí ghi lý do chuyển kiến nghị { $code } (người dân và đơn vị nhận sẽ được báo).
# An officer (private chat), after forwarding. $code: e.g. "4827-1935"; $unit: the new unit, e.g.
# "Trạm Y tế xã".
officer-forwarded = Đã chuyển kiến nghị { $code } đến { $unit }.
# An officer (private chat), after pressing «{ button-close }»: why close it? The two reason
# buttons follow. $code: e.g. "4827-1935".
officer-choose-close = Khép lại kiến nghị { $code } vì lý do gì?
# An officer (private chat), after pressing «{ button-close-duplicate }»: type the other petition's
# code. $code: this petition's code, e.g. "4827-1935".
officer-ask-duplicate = Kiến nghị { $code } trùng với kiến nghị nào? Mời đồng chí gõ mã của kiến nghị kia.
# An officer (private chat) who typed a code that matches no other petition. $code: what they typed,
# as is.
officer-duplicate-unknown = Không tìm thấy kiến nghị khác có mã «{ $code }». Mời đồng chí kiểm tra lại mã.
# An officer (private chat), after pressing «{ button-close-out-of-scope }»: write why the commune
# cannot handle it (the villager reads this). $code: e.g. "4827-1935".
officer-ask-close-reason = Mời đồng chí ghi lý do kiến nghị { $code } không thuộc phạm vi giải quyết (người dân sẽ đọc lý do này).
# An officer (private chat), after closing a petition; the villager was told. $code: e.g.
# "4827-1935".
officer-closed = Đã khép lại kiến nghị { $code } và báo cho người dân.
# An officer (private chat) who sent a photo or voice where a written answer is needed.
officer-text-only = Ở bước này, mời đồng chí trả lời bằng chữ.

# Sent by the bot to the officer handling a petition (private chat) when the deadline is near.
# $code: e.g. "4827-1935"; $due: e.g. "17:30 25/12/2026".
officer-reminder =
    ⏰ Nhắc việc: kiến nghị { $code } sắp đến hạn trả lời.
    Hạn trả lời: { $due }.
    Đề nghị đồng chí khẩn trương giải quyết và trả lời người dân đúng hạn.
# Sent at once, ahead of everything else, to the unit (its officers' group chat, or each officer
# privately) and to the admins over the village, when a villager reports an emergency. $code: e.g.
# "4827-1935"; $category: ALREADY TRANSLATED; $village: e.g. "Bản Tả Phìn"; $unit: e.g. "Công an
# xã"; $due: e.g. "17:30 25/12/2026"; $excerpt: the villager's text.
officer-emergency =
    🚨 KHẨN CẤP: kiến nghị { $code }
    Lĩnh vực: { $category }
    Nơi: { $village }
    Đơn vị giải quyết: { $unit }
    Hạn trả lời: { $due }
    «{ $excerpt }»
    Đề nghị đồng chí liên hệ, xử lý ngay.
# Sent to the unit (officers), its supervising unit and the admins over the village when a
# petition's deadline has passed. $code: e.g. "4827-1935"; $unit: e.g. "UBND xã"; $due: e.g. "17:30
# 25/12/2026"; $category: ALREADY TRANSLATED; $village: e.g. "Bản Tả Phìn".
officer-overdue =
    ⚠️ Kiến nghị { $code } của { $unit } đã quá hạn trả lời ({ $due }).
    Lĩnh vực: { $category } · Nơi: { $village }

# A button label in the officer's queue (private chat): open a petition. Keep it short (≤ ~30
# characters); the emoji stays.
button-open = 📂 Mở
# A button label (officer, private chat): I will handle this petition. Keep it short (≤ ~30
# characters); the emoji stays.
button-claim = 🙋 Nhận xử lý
# A button label (officer, private chat): answer the villager. Keep it short (≤ ~30 characters);
# the emoji stays.
button-answer = 💬 Trả lời
# A button label (officer, private chat): ask the villager for more information. Keep it short (≤
# ~30 characters); the emoji stays.
button-ask-more = ✍️ Hỏi thêm
# A button label (officer, private chat): pass the petition to another unit. Keep it short (≤ ~30
# characters); the emoji stays.
button-forward = ↪️ Chuyển đơn vị
# A button label (officer, private chat): close the petition without an answer. Keep it short (≤
# ~30 characters); the emoji stays.
button-close = 🗂 Khép lại
# A button label (officer, private chat): back to the queue. Keep it short (≤ ~30 characters); the
# emoji stays.
button-back-queue = 📥 Về danh sách
# A button label under the answer preview (officer): send the answer. Keep it short (≤ ~30
# characters); the emoji stays.
button-send-answer = 📨 Gửi trả lời
# A button label under the answer preview (officer): write the answer again. Keep it short (≤ ~30
# characters); the emoji stays.
button-rewrite = ✏️ Viết lại
# A button label under officer-choose-close (officer): it duplicates another petition. Keep it short
# (≤ ~30 characters).
button-close-duplicate = Trùng kiến nghị khác
# A button label under officer-choose-close (officer): not the commune's responsibility. Keep it
# short (≤ ~30 characters).
button-close-out-of-scope = Không thuộc phạm vi của xã

# An admin (private chat), after /moi: invite an officer into which unit? One button per unit.
invite-choose-unit = Mời cán bộ vào đơn vị nào?
# An admin (private chat) who typed /moi with an unknown unit code. $unit: what they typed, as is.
# /moi stays as it is.
invite-unknown-unit = Không có đơn vị mã «{ $unit }». Gõ /moi để chọn trong danh sách.
# An admin (private chat): the one-time invitation code to pass to the new officer. $unit: e.g.
# "Công an xã"; $code: the code, e.g. "K7QM-P4XA" (not translated); $expires: e.g. "17:30
# 25/12/2026". "/start" stays as it is.
invite-created =
    ✉️ Mã mời cán bộ vào đơn vị { $unit }: { $code }
    Người được mời gửi cho Loa Thôn: /start { $code }
    Mã dùng được một lần, hết hạn lúc { $expires }.
# An admin (private chat), after /canbo: the heading above one button per officer in their area
# (press one to revoke that person's rights, e.g. after a job change).
officers-title = 👮 Cán bộ các đơn vị trên địa bàn đồng chí quản lý (bấm để thu hồi quyền của người đã chuyển công tác):
# An admin (private chat), after /canbo, when their area has no officer yet. /moi stays as it is.
officers-none = Các đơn vị trên địa bàn đồng chí quản lý chưa có cán bộ nào. Gõ /moi để mời cán bộ.
# A button label (admin, private chat): revoke this officer's rights. $name: e.g. "Nguyễn Văn An".
# Keep it short (≤ ~30 characters in all); the emoji stays.
button-revoke-officer = 🚫 Thu hồi quyền: { $name }
# An admin (private chat), after revoking. $name: e.g. "Nguyễn Văn An"; $unit: e.g. "Công an xã".
officer-revoked = Đã thu hồi quyền cán bộ của { $name } tại { $unit }. Từ nay người này không xem được kiến nghị của đơn vị nữa.
# Sent to the former officer (private chat) whose rights were revoked. $unit: e.g. "Công an xã".
officer-role-revoked = Quyền cán bộ của đồng chí tại { $unit } đã được thu hồi. Nếu có nhầm lẫn, đề nghị đồng chí liên hệ quản trị viên của xã.
# Someone (private chat) who typed /start with a wrong invitation code.
invite-invalid = Mã mời không đúng. Mời đồng chí kiểm tra lại hoặc đề nghị quản trị viên cấp mã mới.
# Someone (private chat) who typed /start with an invitation code already used.
invite-used = Mã mời này đã được dùng. Mỗi mã chỉ dùng được một lần; đề nghị quản trị viên cấp mã mới.
# Someone (private chat) who typed /start with an expired invitation code.
invite-expired = Mã mời này đã hết hạn. Đề nghị quản trị viên cấp mã mới.
# The new officer (private chat), right after a valid invitation code. $unit: e.g. "Công an xã".
# /hangdoi stays as it is.
invite-accepted = ✅ Đồng chí đã là cán bộ của { $unit }. Gõ /hangdoi để xem các kiến nghị đang chờ.

# An admin (private chat), after /baocao or «{ menu-report }»: the petitions report heading. $scope:
# the area, e.g. "Xã Dào San"; $from, $to: e.g. "01/12/2026"; $total: e.g. 52.
report-title = 📊 Báo cáo kiến nghị — { $scope }, từ { $from } đến { $to }: tổng số { $total } kiến nghị.
# Under report-title (admin). $answered: a count, e.g. 40; $ontime: share answered on time, e.g.
# "85%"; $median: the typical answer time, ALREADY TRANSLATED (report-days), e.g. "3 ngày";
# $rating, $rating_reopened: average rating, e.g. "4,2/5"; $rated, $rated_reopened: counts. A
# missing figure arrives as report-none, ALREADY TRANSLATED.
report-figures =
    Đã trả lời: { $answered } · Đúng hạn: { $ontime }
    Một nửa số kiến nghị được trả lời trong: { $median }
    Mức hài lòng với lần trả lời đầu: { $rating } ({ $rated } lượt đánh giá)
    Sau khi mở lại: { $rating_reopened } ({ $rated_reopened } lượt đánh giá)
# Inserted ALREADY TRANSLATED into the report when there is no figure yet: "none yet". Lower case.
report-none = chưa có
# Inserted ALREADY TRANSLATED into report-figures as the answer time. $days: e.g. 3.
report-days = { $days } ngày
# In the admin's report: the heading above counts per status.
report-by-status = Theo tình trạng:
# In the admin's report: the heading above counts per category.
report-by-category = Theo lĩnh vực:
# In the admin's report: the heading above counts per unit.
report-by-unit = Theo đơn vị:
# In the admin's report: the heading above counts per village.
report-by-village = Theo thôn, bản:
# In the admin's report: the heading above overdue petitions. $count: e.g. 3.
report-overdue = Quá hạn ({ $count }):
# One line per commune in the admin's report (private chat). $commune: e.g. "Xã Dào San"; $total,
# $answered, $ontime, $overdue: counts, e.g. 52, 40, 35, 3.
report-summary-commune = • { $commune }: { $total } kiến nghị · đã trả lời { $answered } · đúng hạn { $ontime } · quá hạn { $overdue }
# Under the per-commune lines (admin, private chat): press a commune's name for details. /baocao and
# /tiendo stay as they are.
report-pick-commune = Bấm tên xã để xem chi tiết (hoặc gõ /baocao, /tiendo kèm tên xã).
# An admin (private chat) who typed a commune name not in their area. $query: what they typed, as
# is.
report-commune-unknown = Không tìm thấy xã «{ $query }» trong địa bàn đồng chí quản lý. Mời đồng chí chọn trong danh sách.
