# Village groups and the Telegram channel.

group-added = Xin chào bà con! Tôi là Loa Thôn, trợ lý ảo của xã. Cảm ơn đã thêm tôi vào nhóm.
group-link-how =
    Để nhóm nhận đúng thông báo của thôn, bản mình, mời quản trị viên của xã gõ:
    /lienket <mã thôn>
    Ví dụ: /lienket SLL-GK. Mã thôn do UBND xã cung cấp.
group-link-not-admin = Xin lỗi, chỉ quản trị viên của xã mới liên kết được nhóm với thôn, bản. Nếu nhóm chưa được liên kết, mời bạn báo cho cán bộ xã.
group-link-not-found = Không tìm thấy thôn, bản có mã «{ $query }». Mời bạn kiểm tra lại mã, ví dụ: /lienket SLL-GK.
group-link-out-of-scope = { $village } không thuộc địa bàn đồng chí quản lý nên chưa liên kết được. Đề nghị đồng chí báo quản trị viên phụ trách địa bàn này.
group-link-is-village = Nhóm này đã là nhóm của một thôn, bản nên không làm nhóm của đơn vị được: tin kiến nghị gửi vào đây thì bà con trong nhóm đều đọc thấy. Mời đồng chí dùng một nhóm riêng của đơn vị.
group-link-is-unit = Nhóm này đã là nhóm riêng của một đơn vị nên không liên kết với thôn, bản được. Mời đồng chí dùng nhóm của thôn, bản.
group-linked = Đã liên kết nhóm với { $village }, { $commune }.
group-linked-next = Từ nay, thông báo của xã cho thôn, bản này sẽ được gửi vào nhóm. Bà con muốn học kỹ năng số hay gửi kiến nghị thì bấm nút bên dưới để nhắn riêng cho Loa Thôn.
group-admin-only = Xin lỗi, chỉ quản trị viên mới đổi được ngôn ngữ của nhóm. Để đổi ngôn ngữ của riêng bạn, mời bạn nhắn riêng cho Loa Thôn.
group-language-choose = Mời quản trị viên chọn ngôn ngữ cho nhóm:
group-language-set = Đã chọn ngôn ngữ của nhóm: { $language }.
group-welcome = Chào mừng bạn mới vào nhóm!
group-welcome-village = Chào mừng bạn mới vào nhóm { $village }!
group-welcome-private = Tôi là Loa Thôn, trợ lý ảo của xã. Muốn nhận thông báo riêng, học kỹ năng số hay gửi kiến nghị, bạn bấm nút bên dưới để nhắn riêng cho tôi.

deep-link-village = Bạn đến từ nhóm của { $village }, { $commune }, nên Loa Thôn đã ghi nơi ở này cho bạn. Nếu chưa đúng, bạn có thể đổi ở mục «📍 Nơi ở».

button-open-private = 💬 Nhắn riêng cho Loa Thôn

# Command descriptions shown in Telegram's command menu (setMyCommands).
cmd-start = Bắt đầu, đăng ký
cmd-menu = Mở danh sách chức năng
cmd-ngonngu = Chọn ngôn ngữ
cmd-kiennghi = Gửi kiến nghị, phản ánh
cmd-theodoi = Theo dõi kiến nghị đã gửi
cmd-hoc = Học kỹ năng số
cmd-dangky = Nhận thông báo của thôn, bản
cmd-huydangky = Thôi nhận thông báo
cmd-trogiup = Hướng dẫn sử dụng
cmd-huy = Hủy việc đang làm
cmd-lienket = Liên kết nhóm với thôn, bản (dành cho quản trị viên)
cmd-group-ngonngu = Chọn ngôn ngữ của nhóm (dành cho quản trị viên)
group-linked-unit = ✅ Đã liên kết nhóm với { $unit }. Từ nay kiến nghị mới và lời nhắc hạn của đơn vị được gửi vào nhóm này.
