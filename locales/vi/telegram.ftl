# Village groups and the Telegram channel.

# Posted in a Telegram group chat (addressing everyone as "bà con") right after someone adds the bot
# to the group.
group-added = Xin chào bà con! Tôi là Loa Thôn, trợ lý ảo của xã. Cảm ơn đã thêm tôi vào nhóm.
# Posted in a group chat right after the bot is added: the commune admin must link the group to its
# village by typing /lienket and the village code. Keep "/lienket <mã thôn>" and the example code
# SLL-GK as they are (translate only "mã thôn", village code).
group-link-how =
    Để nhóm nhận đúng thông báo của thôn, bản mình, mời quản trị viên của xã gõ:
    /lienket <mã thôn, bản>
    Ví dụ: /lienket SLL-GK. Mã thôn, bản do UBND xã cung cấp.
# A reply in a group chat to someone who typed /lienket but is not a commune admin.
group-link-not-admin = Xin lỗi, chỉ quản trị viên của xã mới liên kết được nhóm với thôn, bản. Nếu nhóm chưa được liên kết, mời bạn báo cho cán bộ xã.
# A reply in a group chat to an admin who typed /lienket with an unknown village code. $query: what
# they typed, as is, e.g. "SLL-GX". Keep the example /lienket SLL-GK.
group-link-not-found = Không tìm thấy thôn, bản có mã «{ $query }». Mời đồng chí kiểm tra lại mã, ví dụ: /lienket SLL-GK.
# A reply in a group chat to an admin (addressed as "đồng chí") whose area does not include that
# village. $village: e.g. "Bản Tả Phìn".
group-link-out-of-scope = { $village } không thuộc địa bàn đồng chí quản lý nên chưa liên kết được. Đề nghị đồng chí báo quản trị viên phụ trách địa bàn này.
# A reply in a group chat to an admin who tries to make a village's group the private group of a
# unit (office): villagers would read the petitions there, so a separate group is needed.
group-link-is-village = Nhóm này đã là nhóm của một thôn, bản nên không làm nhóm của đơn vị được: tin kiến nghị gửi vào đây thì bà con trong nhóm đều đọc thấy. Mời đồng chí dùng một nhóm riêng của đơn vị.
# A reply in a group chat to an admin who tries to link a unit's private group to a village.
group-link-is-unit = Nhóm này đã là nhóm riêng của một đơn vị nên không liên kết với thôn, bản được. Mời đồng chí dùng nhóm của thôn, bản.
# Posted in the group chat after an admin linked it to a village. $village: e.g. "Bản Tả Phìn";
# $commune: e.g. "Xã Dào San".
group-linked = Đã liên kết nhóm với { $village }, { $commune }.
# Posted in the village group chat under group-linked, to everyone: announcements will come here;
# the button below opens a private chat with the bot.
group-linked-next = Từ nay, thông báo của xã cho thôn, bản này sẽ được gửi vào nhóm. Bà con muốn học kỹ năng số hay gửi kiến nghị thì bấm nút bên dưới để nhắn riêng cho Loa Thôn.
# A reply in a group chat to someone who is not a group admin and typed /ngonngu (change the
# group's language). They can change their own language in a private chat.
group-admin-only = Xin lỗi, chỉ quản trị viên nhóm mới đổi được ngôn ngữ của nhóm. Để đổi ngôn ngữ của riêng bạn, mời bạn nhắn riêng cho Loa Thôn.
# Posted in a group chat after a group admin typed /ngonngu: choose the group's language; one
# button per language follows.
group-language-choose = Mời quản trị viên nhóm chọn ngôn ngữ cho nhóm:
# Posted in a group chat after the admin picked a language. $language: the language's own name,
# e.g. "Hmoob (RPA)" (not translated).
group-language-set = Đã chọn ngôn ngữ của nhóm: { $language }.
# Posted in a group chat when a new member joins a group not linked to a village.
group-welcome = Chào mừng bạn mới vào nhóm!
# Posted in a village group chat when a new member joins. $village: e.g. "Bản Tả Phìn".
group-welcome-village = Chào mừng bạn mới vào nhóm { $village }!
# Posted in a group chat under the welcome, to the new member: write privately to the bot (the
# button «{ button-open-private }» follows).
group-welcome-private = Tôi là Loa Thôn, trợ lý ảo của xã. Muốn nhận thông báo riêng, học kỹ năng số hay gửi kiến nghị, bạn bấm nút bên dưới để nhắn riêng cho tôi.

# A villager in a private chat who opened the bot from their village group's button: their place
# was set from the group. $village: e.g. "Bản Tả Phìn"; $commune: e.g. "Xã Dào San". Keep
# { menu-place } as it is.
deep-link-village = Bạn đến từ nhóm của { $village }, { $commune }, nên Loa Thôn đã ghi nơi ở này cho bạn. Nếu chưa đúng, bạn có thể đổi ở mục «{ menu-place }».

# A button label in a group chat: opens a private chat with the bot. Keep it short (≤ ~30
# characters); the emoji stays.
button-open-private = 💬 Nhắn riêng cho Loa Thôn

# A command description in Telegram's command menu (the list shown when typing "/"), for /start:
# start, register. Very short (≤ ~40 characters).
cmd-start = Bắt đầu, đăng ký
# A command description in Telegram's command menu, for /menu: open the list of features. Very
# short (≤ ~40 characters).
cmd-menu = Mở danh sách chức năng
# A command description in Telegram's command menu, for /ngonngu: choose the language. Very short
# (≤ ~40 characters).
cmd-ngonngu = Chọn ngôn ngữ
# A command description in Telegram's command menu, for /kiennghi: send a petition. Very short (≤
# ~40 characters).
cmd-kiennghi = Gửi phản ánh, kiến nghị
# A command description in Telegram's command menu, for /theodoi: follow petitions sent. Very short
# (≤ ~40 characters).
cmd-theodoi = Theo dõi kiến nghị đã gửi
# A command description in Telegram's command menu, for /hoc: learn digital skills. Very short (≤
# ~40 characters).
cmd-hoc = Học kỹ năng số
# A command description in Telegram's command menu, for /dangky: receive the village's
# announcements. Very short (≤ ~40 characters).
cmd-dangky = Nhận thông báo của thôn, bản
# A command description in Telegram's command menu, for /huydangky: stop receiving announcements.
# Very short (≤ ~40 characters).
cmd-huydangky = Thôi nhận thông báo
# A command description in Telegram's command menu, for /trogiup: how to use the bot. Very short (≤
# ~40 characters).
cmd-trogiup = Hướng dẫn sử dụng
# A command description in Telegram's command menu, for /huy: cancel what is being done. Very short
# (≤ ~40 characters).
cmd-huy = Hủy việc đang làm
# A command description in Telegram's command menu of private chats, for /web: a one-time link to
# sign in to the web pages (for officers and admins). Very short (≤ ~50 characters).
cmd-web = Mở trang làm việc trên web (cán bộ, quản trị viên)
# A command description in Telegram's command menu of private chats, for /ghiam: record the bot's
# key messages by voice in a language (for admins and named recorders). Very short (≤ ~50
# characters).
cmd-ghiam = Ghi âm lời nhắn theo ngôn ngữ (quản trị viên)
# A command description in Telegram's command menu of group chats, for /lienket: link the group to
# a village (for admins). Very short (≤ ~50 characters).
cmd-lienket = Liên kết nhóm với thôn, bản (quản trị viên)
# A command description in Telegram's command menu of group chats, for /ngonngu: choose the group's
# language (for admins). Very short (≤ ~50 characters).
cmd-group-ngonngu = Chọn ngôn ngữ của nhóm (quản trị viên nhóm)
# Posted in a unit's private group chat (the officers of one office) after an admin linked it: new
# petitions and deadline reminders of the unit will come here. $unit: e.g. "Công an xã".
group-linked-unit = ✅ Đã liên kết nhóm với { $unit }. Từ nay kiến nghị mới và lời nhắc hạn của đơn vị được gửi vào nhóm này.
