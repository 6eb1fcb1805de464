# Village groups and the Telegram channel.

# A village group chat (bà con), or its admins.
group-added = Xin chào bà con! Tôi là Loa Thôn, trợ lý ảo của xã. Cảm ơn đã thêm tôi vào nhóm.
# A village group chat (bà con), or its admins.
group-link-how =
    Để nhóm nhận đúng thông báo của thôn, bản mình, mời quản trị viên của xã gõ:
    /lienket <mã thôn>
    Ví dụ: /lienket SLL-GK. Mã thôn do UBND xã cung cấp.
# A village group chat (bà con), or its admins.
group-link-not-admin = Xin lỗi, chỉ quản trị viên của xã mới liên kết được nhóm với thôn, bản. Nếu nhóm chưa được liên kết, mời bạn báo cho cán bộ xã.
# A village group chat (bà con), or its admins. $query: what the person typed to search, quoted as
# is.
group-link-not-found = Không tìm thấy thôn, bản có mã «{ $query }». Mời bạn kiểm tra lại mã, ví dụ: /lienket SLL-GK.
# A village group chat (bà con), or its admins. $village: the name of a village (thôn, bản), e.g.
# "Bản Tả Phìn".
group-link-out-of-scope = { $village } không thuộc địa bàn đồng chí quản lý nên chưa liên kết được. Đề nghị đồng chí báo quản trị viên phụ trách địa bàn này.
# A village group chat (bà con), or its admins.
group-link-is-village = Nhóm này đã là nhóm của một thôn, bản nên không làm nhóm của đơn vị được: tin kiến nghị gửi vào đây thì bà con trong nhóm đều đọc thấy. Mời đồng chí dùng một nhóm riêng của đơn vị.
# A village group chat (bà con), or its admins.
group-link-is-unit = Nhóm này đã là nhóm riêng của một đơn vị nên không liên kết với thôn, bản được. Mời đồng chí dùng nhóm của thôn, bản.
# A village group chat (bà con), or its admins. $commune: the name of a commune, e.g. "Xã Dào San";
# $village: the name of a village (thôn, bản), e.g. "Bản Tả Phìn".
group-linked = Đã liên kết nhóm với { $village }, { $commune }.
# A village group chat (bà con), or its admins.
group-linked-next = Từ nay, thông báo của xã cho thôn, bản này sẽ được gửi vào nhóm. Bà con muốn học kỹ năng số hay gửi kiến nghị thì bấm nút bên dưới để nhắn riêng cho Loa Thôn.
# A village group chat (bà con), or its admins.
group-admin-only = Xin lỗi, chỉ quản trị viên mới đổi được ngôn ngữ của nhóm. Để đổi ngôn ngữ của riêng bạn, mời bạn nhắn riêng cho Loa Thôn.
# A village group chat (bà con), or its admins.
group-language-choose = Mời quản trị viên chọn ngôn ngữ cho nhóm:
# A village group chat (bà con), or its admins. $language: a language's name (its own name, e.g.
# "Hmoob (RPA)"), not to be translated.
group-language-set = Đã chọn ngôn ngữ của nhóm: { $language }.
# A village group chat (bà con), or its admins.
group-welcome = Chào mừng bạn mới vào nhóm!
# A village group chat (bà con), or its admins. $village: the name of a village (thôn, bản), e.g.
# "Bản Tả Phìn".
group-welcome-village = Chào mừng bạn mới vào nhóm { $village }!
# A person who pressed the group's button and arrived in a private chat with the bot.
group-welcome-private = Tôi là Loa Thôn, trợ lý ảo của xã. Muốn nhận thông báo riêng, học kỹ năng số hay gửi kiến nghị, bạn bấm nút bên dưới để nhắn riêng cho tôi.

# A person who arrived in a private chat from a village group's link. $commune: the name of a
# commune, e.g. "Xã Dào San"; $village: the name of a village (thôn, bản), e.g. "Bản Tả Phìn". A {
# message-id } in braces is a button's label inserted by reference: keep it, do not write the label
# out.
deep-link-village = Bạn đến từ nhóm của { $village }, { $commune }, nên Loa Thôn đã ghi nơi ở này cho bạn. Nếu chưa đúng, bạn có thể đổi ở mục «{ menu-place }».

# A button label. People in a Telegram village group, or a person arriving from one (keep it short:
# about 30 characters fit; the emoji stays).
button-open-private = 💬 Nhắn riêng cho Loa Thôn

# Command descriptions shown in Telegram's command menu (setMyCommands).
cmd-start = Bắt đầu, đăng ký
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-menu = Mở danh sách chức năng
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-ngonngu = Chọn ngôn ngữ
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-kiennghi = Gửi kiến nghị, phản ánh
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-theodoi = Theo dõi kiến nghị đã gửi
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-hoc = Học kỹ năng số
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-dangky = Nhận thông báo của thôn, bản
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-huydangky = Thôi nhận thông báo
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-trogiup = Hướng dẫn sử dụng
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-huy = Hủy việc đang làm
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-lienket = Liên kết nhóm với thôn, bản (dành cho quản trị viên)
# The description of a bot command in Telegram's command menu, shown next to its /command (one short
# line).
cmd-group-ngonngu = Chọn ngôn ngữ của nhóm (dành cho quản trị viên)
# A village group chat (bà con), or its admins. $unit: the name of a unit (UBND xã, Công an xã, Trạm
# Y tế…).
group-linked-unit = ✅ Đã liên kết nhóm với { $unit }. Từ nay kiến nghị mới và lời nhắc hạn của đơn vị được gửi vào nhóm này.
