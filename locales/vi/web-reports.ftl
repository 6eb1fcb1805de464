## Reports on the web, the public page, hot spots and the publish choice of a petition.

# The alert to a commune's admins (chat) when several petitions of one category come from one
# place within a short time. $place: the village or commune; $commune: the commune's name;
# $category: the category's name; $count: petitions in the window; $hours: the window in hours.
report-hotspot-alert = 🔥 Điểm nóng: { $count } kiến nghị về { $category } từ { $place } ({ $commune }) trong { $hours } giờ qua. Đề nghị đồng chí xem xét, chỉ đạo xử lý sớm.
# One hot spot in the admin's web report. $place: village or commune; $category: category
# name; $count: petitions; $when: time and day the alert was sent.
web-report-hotspot-line = { $place } · { $category }: { $count } kiến nghị (báo lúc { $when })
# Caption of the chart image sent with /baocao in the chat (admin). $scope: the area's name.
report-chart-caption = 📊 Biểu đồ kiến nghị theo lĩnh vực — { $scope }

# On the petition summary, before sending (villager, chat): whether the public page may show it.
# $publish: "yes" or "no".
web-publish-state = { $publish ->
        [yes] 🌐 Nội dung và câu trả lời sẽ được đăng trên trang công khai của xã, không kèm tên bạn.
       *[no] 🔒 Kiến nghị không đăng công khai. Nếu đồng ý cho đăng (không kèm tên), bạn bấm nút bên dưới.
    }
# Button on the petition summary (villager): agree to show it on the public page.
button-publish-yes = 🌐 Đồng ý đăng công khai
# Button on the petition summary (villager): take the agreement back.
button-publish-no = 🔒 Không đăng công khai

# Top line of every web page of reports (browser).
web-report-site = Loa Thôn — Kiến nghị của người dân
# Title of the admin's report page (browser).
web-report-title = Báo cáo kiến nghị
# An admin page opened without signing in (browser).
web-report-sign-in = Đồng chí cần đăng nhập: nhắn /web cho Loa Thôn để nhận đường dẫn đăng nhập.
# An area the admin does not administer, or no such area (browser).
web-report-not-found = Không có địa bàn này, hoặc đồng chí không quản trị địa bàn này.
# A date the admin or a visitor typed that cannot be read. $value: what was typed.
web-report-bad-date = Ngày «{ $value }» không đúng. Xin nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2026.
# The end of the period is before its start (browser).
web-report-bad-period = Ngày kết thúc đang trước ngày bắt đầu. Xin chọn lại.
# Label of the period's first day (form field).
web-report-from = Từ ngày
# Label of the period's last day (form field).
web-report-to = Đến ngày
# Button that shows the report for the chosen period.
web-report-show = Xem
# Link to download the report as a spreadsheet file.
web-report-csv = Tải bảng số liệu (CSV)
# Link to a chart as an image.
web-report-png = Tải biểu đồ (ảnh PNG)
# Heading of the hot spots section of the report.
web-report-hotspots = Điểm nóng trong kỳ
# Heading (and chart title) of the monthly trend.
web-report-trend = Kiến nghị theo tháng
# Figure and chart line: petitions received.
web-report-received = Tiếp nhận
# Figure and chart line: petitions answered.
web-report-answered = Đã trả lời
# Figure: share answered by the deadline (counted in working days).
web-report-on-time = Trả lời đúng hạn
# Figure: the median time from submission to answer.
web-report-median = Một nửa số kiến nghị được trả lời trong
# Figure: average rating of first answers.
web-report-rating-first = Hài lòng với lần trả lời đầu
# Figure: average rating of answers after reopening.
web-report-rating-reopened = Hài lòng sau khi mở lại
# Heading of the overdue list.
web-report-overdue = Kiến nghị quá hạn
# Column: tracking code.
web-report-col-code = Mã theo dõi
# Column: the unit handling it.
web-report-col-unit = Đơn vị
# Column: the village.
web-report-col-village = Thôn, bản
# Column: the deadline.
web-report-col-due = Hạn trả lời
# Column: the status.
web-report-col-status = Tình trạng
# Column: people who started a lesson.
web-report-col-started = Số người học
# Column: people who finished every core lesson.
web-report-col-finished = Học xong tất cả các bài
# Heading of the digital-skills lessons section.
web-report-lessons = Học kỹ năng số
# Figure: quiz questions answered right at the first try, in percent.
web-report-quiz-first = Trả lời đúng ngay lần đầu
# Heading of the announcements section.
web-report-announcements = Thông báo
# Figure: announcement messages delivered / sent (percent).
web-report-delivered = Tin thông báo đã đến người nhận
# Figure: villages where a relayer confirmed passing an announcement on / villages asked.
web-report-relayed = Lượt thôn, bản đã chuyển tiếp thông báo

# Title of the public page of a province or commune (anyone, browser).
web-public-title = Kết quả giải quyết kiến nghị
# Introduction of the public page.
web-public-intro = Số liệu kiến nghị người dân gửi qua Loa Thôn và kết quả trả lời. Trang không đăng tên hay thông tin cá nhân của ai.
# Heading of the petitions their authors agreed to publish.
web-public-petitions = Kiến nghị được người gửi đồng ý đăng
# No published petitions yet.
web-public-none = Chưa có kiến nghị nào được đồng ý đăng.
# Public page, under the list of published petitions when the chosen period has more than are shown; read by anyone; $count: how many are shown, e.g. 50.
web-public-more = Trang chỉ hiện { $count } kiến nghị mới nhất trong khoảng thời gian này. Mời chọn khoảng ngắn hơn để xem các kiến nghị khác.
# Unknown area code, or a village (public page).
web-public-not-found = Không có trang công khai cho địa bàn này. Trang công khai có cho tỉnh và xã.
