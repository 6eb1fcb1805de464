# Tiếng Việt: the source language. Every message the bot shows must be here.
# Write as a commune civil servant would: polite, plain, short sentences, one idea each.


# A person (villager, officer or admin) writing to the bot for the very first time, in a private
# chat; usually followed by the language choice. Addresses one person as "bạn".
welcome =
    Xin chào! Tôi là Loa Thôn, trợ lý ảo của xã.
    Tôi giúp bạn nhận thông báo của xã, học kỹ năng số và gửi kiến nghị đến đúng nơi giải quyết.
# A person who has used the bot before and writes /start again, in a private chat; the main menu
# follows.
welcome-back = Xin chào, rất vui được gặp lại bạn!

# Anyone (villager, officer or admin) in a private chat, after typing /trogiup or pressing the help
# button. The /commands are typed by people and stay exactly as they are (not translated). A
# { message-id } in braces is a button's label inserted by reference: keep it, do not write the
# label out. Keep the emergency numbers 113 (police), 114 (fire), 115 (ambulance).
help-text =
    ℹ️ Loa Thôn có thể giúp bạn:
    • Gửi phản ánh, kiến nghị: /kiennghi
    • Theo dõi kiến nghị: /theodoi
    • Nhận thông báo của thôn, bản: /dangky
    • Học kỹ năng số: /hoc
    • Đổi ngôn ngữ: /ngonngu
    • Rút lại đồng ý, xóa dữ liệu: /menu rồi «{ menu-profile }»
    • Hủy việc đang làm: /huy
    Gõ không dấu cũng được.
    Việc khẩn cấp, xin gọi ngay 113, 114, 115.
# A second message after help-text, shown only to commune officers, in a private chat. /hangdoi and
# /web are commands and stay as they are; /web sends a one-time link to sign in to the web pages.
help-officer = Cán bộ: /hangdoi xem kiến nghị cần xử lý, /web làm việc trên máy tính.
# A message after help-text (and help-officer), shown only to admins, in a private chat. The /commands stay as
# they are: /web sends a one-time sign-in link to the web pages (reports), /ghiam followed by a
# language code (e.g. "/ghiam hnj") records the bot's key messages by voice in that language.
help-admin = Quản trị viên: /thongbao gửi thông báo, /moi mời cán bộ, /canbo thu hồi quyền cán bộ, /baocao và /tiendo xem báo cáo, /web xem báo cáo trên máy tính, /ghiam kèm mã ngôn ngữ để ghi âm lời nhắn.

# Anyone in a private chat, after typing /huy (cancel) or pressing a cancel button: the thing they
# were doing (a petition, an announcement draft…) has been dropped.
cancelled = Đã hủy.
# Anyone in a private chat who typed a /command the bot does not know. $command: what they typed,
# e.g. "/abc" (shown as is, not translated). /trogiup stays as it is.
unknown-command = Tôi chưa hiểu lệnh { $command }. Gõ /trogiup để xem các lệnh dùng được.
# Anyone in a private chat who was in the middle of something (e.g. writing a petition) when the
# bot was updated; their unfinished step was lost and they must start again.
conversation-reset = Loa Thôn vừa được nâng cấp nên việc bạn đang làm dở đã bị hủy. Xin lỗi bạn, mời bạn làm lại từ đầu.

# Anyone in a private chat who sent an empty message when the bot was waiting for an answer.
hint-empty = Tin nhắn trống. Mời bạn gõ lại hoặc bấm một nút bên dưới.
# Anyone in a private chat whose message is longer than the bot accepts at this step. $length: how
# many characters they sent, e.g. 2150; $max: the most allowed, e.g. 2000.
hint-too-long = Tin nhắn dài quá ({ $length } ký tự). Mời bạn gửi ngắn hơn, tối đa { $max } ký tự.
# Anyone in a private chat who typed text when the bot expects them to press one of the buttons
# below the message.
hint-choose-button = Mời bạn bấm một nút bên dưới.
# Anyone in a private chat who wrote something the bot could not understand when no question was
# open; the main menu buttons follow.
hint-not-understood = Tôi chưa hiểu ý bạn. Mời bạn chọn một chức năng bên dưới.
# Anyone in a private chat who pressed a button of an old message that no longer works (e.g. a
# choice already made); the current buttons follow.
hint-button-outdated = Nút này đã cũ, không còn dùng được. Mời bạn chọn lại.
# Anyone in a private chat who sent a photo, voice message or file that is too big. $max: the
# largest size allowed in megabytes, e.g. 20.
attachment-too-large = Tệp này lớn quá (tối đa { $max } MB) nên tôi chưa nhận được. Bạn gửi ảnh nhỏ hơn, tin nhắn thoại ngắn hơn, hoặc gõ chữ nhé.
# Anyone in a private chat who sent a photo, voice message or file at a step where the bot asks a
# question to answer in words or with a button.
hint-media-not-expected = Lúc này tôi chưa cần ảnh, tin nhắn thoại hay tệp. Mời bạn trả lời câu hỏi bên dưới.

# Anyone (private chat or group) when something went wrong on the bot's side and their message
# was not handled; they should send it again a few minutes later.
error-try-again = Xin lỗi, hệ thống đang bận nên chưa xử lý được tin nhắn của bạn. Mời bạn gửi lại sau ít phút.
# Shown in place of another message when that message could not be displayed (a fault in the
# bot). Anyone may see it, in a private chat or a group.
error-internal = Xin lỗi, đã có lỗi khi hiển thị tin nhắn này.

# Posted in a village group chat (addressing everyone as "bà con") when someone mentions the bot or
# types a command there: it invites people to write to the bot privately.
group-help =
    Xin chào bà con! Tôi là Loa Thôn, trợ lý ảo của xã.
    Để chọn ngôn ngữ, nơi ở và dùng các chức năng, mời bà con nhắn riêng cho tôi.
# A reply in a village group chat to one person who tried something private there (e.g. a petition
# or their profile): it must be done in a private chat with the bot.
group-private-only = Việc này cần làm trong tin nhắn riêng với Loa Thôn để giữ kín thông tin của bạn. Mời bạn nhắn riêng cho tôi.

# A role name, "villager". Inserted as $roles into the profile message and into admin lists, where
# it arrives already translated.
role-citizen = Người dân
# A role name, "admin of an area". Inserted as $roles into the profile and admin lists, already
# translated. $scope: the area the role covers, e.g. "Xã Dào San", or scope-everywhere.
role-admin = Quản trị viên ({ $scope })
# A role name, "commune officer of an area". Inserted as $roles into the profile and admin lists,
# already translated. $scope: the area or unit covered, e.g. "Xã Dào San".
role-officer = Cán bộ ({ $scope })
# A role name, "digital helper of a village" (a villager who helps others use the bot). Inserted as
# $roles into the profile and admin lists, already translated. $scope: e.g. "Bản Tả Phìn".
role-helper = Người bản số ({ $scope })
# A role name, "relayer of a village" (a village head or helper who forwards each announcement
# into the village's own chat group). Inserted as $roles into the profile and admin lists, already
# translated. $scope: e.g. "Bản Tả Phìn".
role-relay = Người chuyển tin ({ $scope })
# Inserted as $scope into role-admin for an admin responsible for the whole system (all communes):
# "the whole system". Lower case, it follows an opening bracket.
scope-everywhere = toàn hệ thống
# Anyone in a private chat who sent very many messages within one minute: the next ones in this
# minute are ignored, unread; they should wait a minute.
flood-slow-down = Bạn gửi tin nhắn nhanh quá. Những tin gửi tiếp trong phút này sẽ bị bỏ qua, không được đọc. Mời bạn chờ một phút rồi gửi lại.
