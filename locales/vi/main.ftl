# Tiếng Việt: the source language. Every message the bot shows must be here.
# Write as a commune civil servant would: polite, plain, short sentences, one idea each.


# A person writing to the bot for the first time (welcome) or coming back, in a private chat
# (bạn). Sent from engine/dialogue.rs (start).
welcome =
    Xin chào! Tôi là Loa Thôn, trợ lý ảo của xã.
    Tôi giúp bạn nhận thông báo của xã, học kỹ năng số và gửi kiến nghị đến đúng nơi giải quyết.
# A person writing to the bot for the first time (welcome) or coming back, in a private chat
# (bạn). Sent from engine/dialogue.rs (start).
welcome-back = Chào mừng bạn quay lại!

# Anyone in a private chat with the bot (villager, officer or admin). Sent from engine/dialogue.rs
# (say_help). A { message-id } in braces is a button's label inserted by reference: keep it, do
# not write the label out.
help-text =
    ℹ️ Loa Thôn có thể giúp bạn:
    • Gửi kiến nghị, phản ánh: /kiennghi
    • Theo dõi kiến nghị: /theodoi
    • Nhận thông báo của thôn, bản: /dangky
    • Học kỹ năng số: /hoc
    • Đổi ngôn ngữ: /ngonngu
    • Rút lại đồng ý, xóa dữ liệu: /menu rồi «{ menu-profile }»
    • Hủy việc đang làm: /huy
    Gõ không dấu cũng được.
    Việc khẩn cấp, xin gọi ngay 113, 114, 115.
# Shown under help-text to officers only.
help-officer = Cán bộ: /hangdoi xem và xử lý kiến nghị của đơn vị.
# Shown under help-text to admins only.
help-admin = Quản trị viên: /thongbao gửi thông báo, /moi mời cán bộ, /canbo thu hồi quyền cán bộ, /baocao và /tiendo xem báo cáo.

# Anyone in a private chat with the bot (villager, officer or admin). Sent from
# services/broadcasts.rs (cancel_in).
cancelled = Đã hủy.
# Anyone in a private chat with the bot (villager, officer or admin). Sent from engine/dialogue.rs
# (command). $command: the command the person typed, e.g. /abc.
unknown-command = Tôi chưa hiểu lệnh { $command }. Gõ /trogiup để xem các lệnh dùng được.
# Anyone in a private chat with the bot (villager, officer or admin). Sent from engine/dialogue.rs
# (step).
conversation-reset = Loa Thôn vừa được nâng cấp nên việc bạn đang làm dở đã bị hủy. Xin lỗi bạn, mời bạn làm lại từ đầu.

# Anyone in a private chat whose input was not what the step expected. Sent from
# engine/dialogue.rs (text_problem).
hint-empty = Tin nhắn trống. Mời bạn gõ lại hoặc bấm một nút bên dưới.
# Anyone in a private chat whose input was not what the step expected. Sent from
# engine/dialogue.rs (text_problem). $length: how many characters the message has; $max: the
# largest number of characters allowed.
hint-too-long = Tin nhắn dài quá ({ $length } ký tự). Mời bạn gửi ngắn hơn, tối đa { $max } ký tự.
# Anyone in a private chat whose input was not what the step expected. Sent from
# engine/petitions.rs (input).
hint-choose-button = Mời bạn bấm một nút bên dưới.
# Anyone in a private chat whose input was not what the step expected. Sent from
# engine/petitions.rs (talk_first).
hint-not-understood = Tôi chưa hiểu ý bạn. Mời bạn chọn một chức năng bên dưới.
# Anyone in a private chat whose input was not what the step expected. Sent from
# services/petitions.rs (message).
hint-button-outdated = Nút này đã cũ, không còn dùng được. Mời bạn chọn lại.
# Anyone in a private chat with the bot (villager, officer or admin). Sent from engine/dialogue.rs
# (step). $max: the largest number of characters allowed.
attachment-too-large = Tệp này lớn quá, tôi chưa nhận được (tối đa { $max } MB). Bạn gửi ảnh nhỏ hơn, đoạn thoại ngắn hơn, hoặc viết thành lời giúp tôi.
# Anyone in a private chat whose input was not what the step expected. Sent from
# engine/dialogue.rs (step).
hint-media-not-expected = Lúc này tôi chưa cần ảnh, tin nhắn thoại hay tệp. Mời bạn trả lời câu hỏi bên dưới.

# Anyone, when something went wrong on the bot's side. Sent from engine/mod.rs (apologise).
error-try-again = Xin lỗi, hệ thống đang bận nên chưa xử lý được tin nhắn của bạn. Mời bạn gửi lại sau ít phút.
# Anyone, when something went wrong on the bot's side. Sent from i18n/mod.rs (render).
error-internal = Xin lỗi, đã có lỗi khi hiển thị tin nhắn này.

# A village group chat (bà con), or its admins. Sent from engine/groups.rs (step).
group-help =
    Xin chào bà con! Tôi là Loa Thôn, trợ lý ảo của xã.
    Để chọn ngôn ngữ, nơi ở và dùng các chức năng, mời bà con nhắn riêng cho tôi.
# A village group chat (bà con), or its admins. Sent from engine/groups.rs (step).
group-private-only = Việc này cần làm trong tin nhắn riêng với Loa Thôn để giữ kín thông tin của bạn. Mời bạn nhắn riêng cho tôi.

# The name of a role: used inside the profile and admin lists, where it arrives already
# translated. Sent from engine/dialogue.rs (profile).
role-citizen = Người dân
# The name of a role: used inside the profile and admin lists, where it arrives already
# translated. $scope: the name of the area the report covers.
role-admin = Quản trị viên ({ $scope })
# The name of a role: used inside the profile and admin lists, where it arrives already
# translated. $scope: the name of the area the report covers.
role-officer = Cán bộ ({ $scope })
# The name of a role: used inside the profile and admin lists, where it arrives already
# translated. $scope: the name of the area the report covers.
role-helper = Người bản số ({ $scope })
# Inserted as $scope into admin lists when an admin is responsible everywhere. Sent from
# engine/dialogue.rs (profile).
scope-everywhere = toàn hệ thống
# Anyone in a private chat with the bot (villager, officer or admin). Sent from engine/mod.rs
# (handle_keyed).
flood-slow-down = Bạn gửi tin nhắn nhanh quá. Những tin gửi tiếp trong phút này sẽ bị bỏ qua, không được đọc. Mời bạn chờ một phút rồi gửi lại.
