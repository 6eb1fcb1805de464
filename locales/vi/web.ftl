# The commune office on the web (issue 16): the reply to /web in the chat, and the web pages
# officers and admins open in a browser. Officers and admins are addressed as "đồng chí";
# someone whose role is not known yet as "bạn". Page texts are shown on a phone screen: short.

# Chat reply to /web (officers, admins). $link: the one-time sign-in address; $minutes: how
# many minutes it stays valid (10 by default).
web-link =
    🖥 Đường dẫn đăng nhập trang làm việc trên web của đồng chí:
    { $link }
    Đường dẫn dùng được một lần, trong { $minutes } phút. Đề nghị đồng chí không chuyển cho người khác.
# Chat reply to /web from someone who is neither an officer nor an admin.
web-link-staff-only = Trang web làm việc chỉ dành cho cán bộ các đơn vị và quản trị viên.

# Page title, link opened: the sign-in page before the button is pressed.
web-login-title = Đăng nhập
# Page text above the sign-in button.
web-login-body = Mời đồng chí bấm nút dưới đây để vào trang làm việc của Loa Thôn.
# The sign-in button.
web-login-button = Đăng nhập
# Page title and text: the sign-in link was opened already (it works once).
web-link-used-title = Đường dẫn đã được dùng
# See web-link-used-title.
web-link-used-body = Đường dẫn đăng nhập này đã được dùng. Mỗi đường dẫn chỉ dùng được một lần. Mời đồng chí gõ /web trong tin nhắn với Loa Thôn để nhận đường dẫn mới.
# Page title and text: the sign-in link is too old.
web-link-expired-title = Đường dẫn đã hết hạn
# See web-link-expired-title.
web-link-expired-body = Đường dẫn đăng nhập này đã hết hạn. Mời đồng chí gõ /web trong tin nhắn với Loa Thôn để nhận đường dẫn mới.
# Page title and text: an address that is no sign-in link (mistyped, cut off).
web-link-unknown-title = Đường dẫn không đúng
# See web-link-unknown-title.
web-link-unknown-body = Không tìm thấy đường dẫn đăng nhập này. Mời bạn kiểm tra lại, hoặc gõ /web trong tin nhắn với Loa Thôn để nhận đường dẫn mới.
# Page title and text: the person is no longer an officer or admin.
web-not-staff-title = Không có quyền
# See web-not-staff-title.
web-not-staff-body = Trang web làm việc chỉ dành cho cán bộ các đơn vị và quản trị viên.
# Page title and text: too many sign-in attempts from one address in a short time.
web-too-many-title = Thử quá nhiều lần
# See web-too-many-title.
web-too-many-body = Có quá nhiều lần đăng nhập từ máy này. Mời bạn thử lại sau 10 phút.
# Page title and text: no session (never signed in, signed out, expired, or the role was taken back).
web-signed-out-title = Chưa đăng nhập
# See web-signed-out-title.
web-signed-out-body = Phiên làm việc đã kết thúc hoặc chưa đăng nhập. Mời bạn gõ /web trong tin nhắn với Loa Thôn để nhận đường dẫn đăng nhập.
# Page title and text after pressing "Đăng xuất".
web-logged-out-title = Đã đăng xuất
# See web-logged-out-title.
web-logged-out-body = Đồng chí đã đăng xuất. Để vào lại, gõ /web trong tin nhắn với Loa Thôn.
# Page title and text: a form sent without the page's security token (an old page, or another site).
web-csrf-title = Biểu mẫu không hợp lệ
# See web-csrf-title.
web-csrf-body = Biểu mẫu này đã cũ hoặc không gửi từ trang của Loa Thôn, nên chưa có gì thay đổi. Mời đồng chí mở lại trang và làm lại.
# Page title and text: something failed on the server.
web-error-title = Có lỗi
# See web-error-title.
web-error-body = Đã có lỗi, chưa có gì thay đổi. Mời bạn thử lại sau ít phút.

# Link under a notice page, back to the queue.
web-back-to-queue = ← Về danh sách kiến nghị
# Link under a notice page, back to the petition's page.
web-back-to-petition = ← Về trang kiến nghị
# Hidden link for keyboard and screen-reader users, first on every page.
web-skip-to-content = Bỏ qua, đến nội dung chính
# Screen-reader name of the menu in the page header.
web-nav-label = Menu
# Menu link to the queue.
web-nav-queue = Kiến nghị cần xử lý
# Menu link, for an admin only, to the report page of an area they administer; $area: the area's name, e.g. "Xã Dào San".
web-nav-report = Báo cáo { $area }
# Button in the page header.
web-logout = Đăng xuất

# Page title: the officer's queue.
web-queue-title = Kiến nghị cần xử lý
# Heading of one unit's queue. $unit: the unit's name; $count: pending petitions.
web-queue-count = { $unit }: { $count } kiến nghị đang chờ
# Under a unit's heading when nothing is pending.
web-queue-empty = Không có kiến nghị nào đang chờ.
# Before the due date of a petition in the queue.
web-queue-due = hạn
# Before the due date of an overdue petition in the queue.
web-queue-overdue = quá hạn từ
# Screen-reader name of the page links.
web-pager-label = Trang
# Page link.
web-page-previous = ← Trang trước
# Page link.
web-page-next = Trang sau →
# Page title: an admin who is not an officer of any unit opens the queue.
web-not-officer-title = Chỉ dành cho cán bộ đơn vị
# See web-not-officer-title.
web-not-officer-body = Danh sách kiến nghị cần xử lý dành cho cán bộ các đơn vị. Tài khoản của đồng chí không thuộc đơn vị nào.

# Page title: one petition.
web-petition-title = Kiến nghị
# Before the tracking code on a petition's page.
web-field-code = Mã
# Field names on a petition's page.
web-field-category = Lĩnh vực
# See web-field-category.
web-field-place = Nơi
# See web-field-category. The value is the author's name, or "Người dân (giấu tên)".
web-field-author = Người gửi
# See web-field-category.
web-field-submitted = Gửi lúc
# See web-field-category.
web-field-due = Hạn trả lời
# See web-field-category.
web-field-status = Tình trạng
# See web-field-category. The value is the officer's name.
web-field-handled-by = Cán bộ xử lý
# The due date of an overdue petition. $due: the date.
web-due-overdue = { $due } (đã quá hạn)
# Heading of the petition's text.
web-petition-body = Nội dung
# Heading of the photos, voice notes, files and places.
web-petition-files = Tệp gửi kèm
# Label of a voice note.
web-file-voice = Tin nhắn thoại
# Label of an audio file.
web-file-audio = Tệp âm thanh
# Label of a file (a document).
web-file-document = Tệp
# Label of a place sent on a map, followed by its coordinates.
web-file-place = Vị trí
# Description of a photo for screen readers, followed by its number.
web-file-photo = Ảnh gửi kèm số
# Link that opens the place on OpenStreetMap.
web-file-map = xem trên bản đồ
# Page title and text: the attachment is no longer kept (or cannot be fetched now).
web-file-missing-title = Không mở được tệp
# See web-file-missing-title.
web-file-missing-body = Tệp này không còn được lưu hoặc chưa tải được. Đồng chí có thể xem tệp trong tin nhắn với Loa Thôn.
# Heading of the forms on a petition's page.
web-actions = Xử lý
# Label of the answer box.
web-answer-label = Câu trả lời gửi người dân
# Label of the question box.
web-ask-label = Câu hỏi thêm gửi người dân
# Label of the list of units to forward to.
web-forward-unit-label = Chuyển đến đơn vị
# Label of the reason for forwarding (the villager reads it).
web-forward-reason-label = Lý do chuyển (người dân sẽ đọc)
# Label of the reason for closing as outside the commune's scope (the villager reads it).
web-close-reason-label = Lý do khép lại (người dân sẽ đọc)
# Label of the tracking code of the main petition when closing as a duplicate.
web-close-code-label = Mã kiến nghị chính (khi trùng)
# Shown instead of the forms to an admin who may only read (the unit has no officer yet).
web-read-only = Đồng chí chỉ xem được kiến nghị này: đơn vị chưa có cán bộ. Mời đồng chí gửi mã mời cho cán bộ của đơn vị (gõ /moi trong tin nhắn).

# Notices at the top of a petition's page after an action.
web-done-claimed = Đồng chí đã nhận xử lý kiến nghị này.
# See web-done-claimed. The villager gets the answer in their chat.
web-done-answered = Đã gửi câu trả lời cho người dân.
# See web-done-claimed.
web-done-asked = Đã gửi câu hỏi cho người dân.
# Page title after forwarding or closing.
web-done-title = Đã xong
# Page title: a petition this person may not see, or that does not exist (the same either way).
web-not-found-title = Không tìm thấy
# See web-not-found-title.
web-not-found-body = Không tìm thấy kiến nghị này trong danh sách của đồng chí.
# Page title: the step is not possible now (the text below says why).
web-refused-title = Chưa làm được
# Page title: a form sent with something missing; the text below says what.
web-bad-input-title = Thiếu thông tin
# See web-bad-input-title.
web-need-text = Mời đồng chí viết nội dung rồi gửi lại.
# See web-bad-input-title.
web-text-too-long = Nội dung quá dài. Mời đồng chí viết ngắn hơn.
# See web-bad-input-title.
web-need-unit = Mời đồng chí chọn đơn vị nhận.
# See web-bad-input-title.
web-need-code = Mời đồng chí nhập mã kiến nghị chính.
# See web-bad-input-title.
web-need-close-how = Mời đồng chí chọn cách khép lại kiến nghị.
# Page title: closing as a duplicate of a petition of another category or village needs a confirmation.
web-merge-title = Xác nhận gộp kiến nghị
