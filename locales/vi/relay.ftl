# Relay (người chuyển tin) and one person on two apps (liên kết tài khoản).
# A relayer is a village head or digital helper who forwards each announcement into the
# village's own Zalo group, which the bot cannot post into. Relayers are villagers: "bạn".

# Sent to a relayer right after the announcement itself (the message above it). { $id } is the
# announcement's number; { $village } a village's name ("Bản Tả Phìn").
relay-ask = 🔁 Nhờ bạn chuyển thông báo số { $id } ở trên vào nhóm Zalo của { $village } (chuyển tiếp nguyên văn). Chuyển xong, bạn bấm nút bên dưới.
# Added to relay-ask when the announcement has a voice message.
relay-ask-voice = Thông báo có tin nhắn thoại: bạn chuyển cả tin nhắn thoại vào nhóm giúp bà con không đọc được chữ.
# The confirm button under relay-ask.
relay-button-done = ✅ Đã chuyển vào nhóm
# In the admin's preview of an announcement for village groups: relayers who will be asked.
relay-preview =
    { $count ->
       *[other] • 🔁 { $count } người chuyển tin sẽ nhận riêng để chuyển vào nhóm Zalo của thôn, bản.
    }
# The one reminder, after the announcement is sent again.
relay-reminder = ⏰ Nhắc việc: thông báo số { $id } ở trên chưa được chuyển vào nhóm Zalo của { $village }. Bạn chuyển giúp, rồi bấm nút bên dưới.
# After the relayer pressed the button.
relay-done = Cảm ơn bạn! Đã ghi nhận: thông báo số { $id } đã được chuyển vào nhóm của { $village }.
# The button pressed again: nothing changes.
relay-already-done = Thông báo số { $id } đã được ghi nhận là đã chuyển vào nhóm của { $village } rồi. Cảm ơn bạn.
# A button that is not this person's (forged, or another relayer's): nothing changes.
relay-not-yours = Nút này không dành cho bạn nên không có gì thay đổi.
# The relayer's role was taken away since the announcement was sent.
relay-no-longer = Bạn không còn là người chuyển tin của { $village } nên không có gì thay đổi.
# In an announcement's figures for the admin: villages whose relayer confirmed, of those with relayers.
relay-figures-title = 🔁 Chuyển vào nhóm Zalo thôn, bản: { $done }/{ $total } nơi.
# One village, relayed: { $who } the relayer's name, { $when } like "08:15 05/01/2026".
relay-figures-done = • { $village }: ✅ đã chuyển ({ $who }, { $when })
# One village, not relayed yet.
relay-figures-pending = • { $village }: ⏳ chưa chuyển
# The relayer's name when the app gave none.
relay-someone = người chuyển tin

# /chuyentin <village code> for an admin: { $code } like MOI-K7PQ2M9XRT, { $expires } like "08:00 12/01/2026".
relay-invite-created = Mã mời người chuyển tin của { $village }: { $code } (dùng một lần, đến { $expires }). Đề nghị đồng chí gửi cho trưởng thôn, bản hoặc người hướng dẫn kỹ năng số; người đó mở Loa Thôn và gõ: /start { $code }
# /chuyentin without a village code, or with a code that is not a village's.
relay-invite-usage = Mời đồng chí gõ mã thôn, bản, ví dụ: /chuyentin DS-TP. Mã thôn, bản do UBND xã cung cấp.
# The invite was opened: the person now relays for the village.
relay-invite-accepted = Cảm ơn bạn! Bạn đã là người chuyển tin của { $village }: mỗi khi xã có thông báo, Loa Thôn sẽ gửi cho bạn để chuyển vào nhóm Zalo của thôn, bản.

# The names of the apps, inside the messages below.
link-channel-telegram = Telegram
# A channel's name, inserted into linking messages as $other (already translated there).
link-channel-zalo = Zalo
# A channel's name, inserted into linking messages as $other (already translated there).
link-channel-console = màn hình dòng lệnh
# /lienket in a private chat. { $code } is 6 letters and digits.
link-code =
    🔗 Mã liên kết của bạn: { $code }
    Mã dùng một lần, trong 10 phút. Mở Loa Thôn ở ứng dụng kia (Zalo hoặc Telegram) và gõ:
    /lienket { $code }
# The code typed in the other app worked. { $other } is the app the code came from.
link-done = ✅ Đã liên kết { $other } với ứng dụng này. Từ nay hai nơi là một tài khoản: kiến nghị, thông báo đã đăng ký và vai trò của bạn là chung. Tin nhắn của Loa Thôn sẽ gửi về ứng dụng bạn dùng đầu tiên. Gõ /huylienket để tách ra.
# Told in the app the code came from. { $other } is the app where it was typed.
link-done-other = 🔗 Tài khoản Loa Thôn của bạn vừa được liên kết với { $other }. Nếu không phải bạn làm, gõ /huylienket ngay.
# A code that does not exist.
link-wrong = Mã liên kết không đúng. Bạn kiểm tra lại mã (6 chữ và số) rồi gõ: /lienket MÃ
# A code older than 10 minutes.
link-expired = Mã liên kết đã hết hạn (mã chỉ dùng trong 10 phút). Bạn gõ /lienket ở ứng dụng kia để lấy mã mới.
# A code used once already.
link-used = Mã liên kết này đã được dùng rồi. Bạn gõ /lienket ở ứng dụng kia để lấy mã mới.
# The code was typed in the app that showed it.
link-same-app = Mã này được tạo ngay trong ứng dụng này. Bạn gõ mã ở ứng dụng kia (Zalo hoặc Telegram).
# The two identities are one person already.
link-already = Hai ứng dụng này đã được liên kết với nhau rồi.
# Too many wrong codes in an hour.
link-too-many = Bạn đã nhập sai mã nhiều lần. Để giữ an toàn cho tài khoản, bạn thử lại sau 1 giờ.
# /huylienket done, in the app where it was typed.
unlink-done = Đã tách liên kết: mỗi ứng dụng nay là một tài khoản riêng. Kiến nghị, thông báo đã đăng ký và vai trò ở lại với tài khoản bạn dùng đầu tiên.
# Told in the other app(s). { $other } is the app where /huylienket was typed.
unlink-done-other = Tài khoản Loa Thôn ở ứng dụng này không còn liên kết với { $other }.
# /huylienket with nothing linked.
unlink-none = Tài khoản của bạn chưa liên kết với ứng dụng nào khác. Gõ /lienket để liên kết.

# /lienket with a village's or unit's code (like DS-TP) typed in the private chat: that command
# links a group, and is typed in the group itself. { $query } is what the person typed.
link-place-code-in-private = «{ $query }» là mã của thôn, bản hoặc đơn vị: lệnh /lienket { $query } dùng để liên kết nhóm, quản trị viên gõ ngay trong nhóm đó. Để liên kết tài khoản Telegram và Zalo của bạn, gõ /lienket (không kèm mã) để lấy mã liên kết.
# /lienket with a person's own link code typed in a group, where everybody reads it. The code
# was cancelled for safety; a button opens the private chat.
link-code-in-group = Mã liên kết tài khoản chỉ gõ trong tin nhắn riêng với Loa Thôn, không gõ trong nhóm. Vì mọi người trong nhóm đã thấy mã này, Loa Thôn đã hủy mã. Bạn gõ /lienket ở ứng dụng kia để lấy mã mới.
