# Bài học: Nhận biết lừa đảo qua điện thoại và trên mạng. Nguồn/ghi chú: cảnh báo thường xuyên của Bộ Công an (công an không làm việc qua điện thoại, không yêu cầu chuyển tiền) và của các ngân hàng (không hỏi OTP).
# Cần xã xác nhận (README): các kiểu lừa năm 2025–2026 (cập nhật VNeID, thẻ căn cước "sau sáp nhập"; tin nhắn giả tên ngân hàng; "lấy lại tiền" mất phí; bị đưa sang Campuchia, Myanmar làm việc lừa đảo).

# The title of the lesson "lua-dao": a button in the lesson list (at most 30 characters with its
# emoji) and a heading.
lesson-lua-dao-title = ⚠️ Nhận biết lừa đảo
# Lesson "lua-dao", step 1 of 9 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: how swindlers reach people (calls, messages, Zalo, Facebook) and rush them;
# stop and ask.
lesson-lua-dao-step-1 =
    Kẻ lừa đảo thường gọi điện, nhắn tin, kết bạn qua Zalo, Facebook.
    Chúng nói rất khéo, làm bạn sợ hãi hoặc ham lợi, để bạn vội vàng chuyển tiền hay đưa mã số.
    Hãy nhớ: ai hối thúc bạn chuyển tiền, hãy dừng lại và hỏi người tin cậy.
# Lesson "lua-dao", step 2 of 9 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: people pretending to be police, prosecutors or courts.
lesson-lua-dao-step-2 =
    Giả danh công an, viện kiểm sát, tòa án:
    Chúng nói bạn dính vào vụ án, dọa bắt, đòi chuyển tiền để "xác minh" hoặc bảo cài ứng dụng.
    Sự thật: công an không giải quyết vụ việc qua điện thoại, không bao giờ gọi điện bắt chuyển tiền. Khi cần làm việc, công an gửi giấy mời hoặc giấy triệu tập.
# Lesson "lua-dao", step 3 of 9 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: other common tricks.
lesson-lua-dao-step-3 =
    Các kiểu lừa khác:
    Báo trúng thưởng nhưng bắt nộp "phí nhận quà".
    Cho vay nhanh nhưng bắt đóng tiền trước.
    Việc nhẹ lương cao, "làm nhiệm vụ" trên mạng.
    Giả cán bộ điện lực, thuế, bảo hiểm, nhà mạng.
    Nhận "lấy lại tiền đã bị lừa" nhưng bắt nộp phí trước: đây là lừa lần hai.
    Giả người thân gọi báo tai nạn, cần tiền gấp.
# Lesson "lua-dao", step 4 of 9 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: new tricks of 2025–2026 (e.g. "update your VNeID after the merger of communes"
# links).
lesson-lua-dao-step-merger =
    Các kiểu lừa mới, năm 2025–2026:
    Gọi điện, gửi đường link bảo "cập nhật VNeID, thẻ căn cước sau khi sáp nhập xã, tỉnh". Sự thật: giấy tờ vẫn dùng được, không phải làm lại qua đường link; có gì thay đổi, Công an xã sẽ thông báo.
    Tin nhắn giả ngân hàng hiện đúng tên ngân hàng, nằm chung với tin nhắn thật. Tin nào có đường link bảo đăng nhập, xác thực, nhận tiền: không bấm, gọi tổng đài in trên thẻ để hỏi.
# Lesson "lua-dao", step 5 of 9 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: offers of well-paid work abroad or across the border.
lesson-lua-dao-step-border =
    Rủ ra nước ngoài, qua biên giới làm việc lương cao:
    Nhiều người bị đưa sang Campuchia, Myanmar, bị giữ lại, bị đánh, bắt làm việc lừa đảo qua mạng. Đây là mua bán người.
    Trước khi đi làm xa, hãy hỏi Công an xã, cán bộ xã. Người thân bị giữ ở nước ngoài: báo ngay Công an xã.
# Lesson "lua-dao", step 6 of 9 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: strange links and apps: do not open or install them.
lesson-lua-dao-step-4 =
    Đường link lạ, ứng dụng lạ:
    Không bấm vào đường link lạ trong tin nhắn, Zalo, Facebook.
    Không cài ứng dụng theo lời người lạ hướng dẫn.
    Ứng dụng giả có thể điều khiển điện thoại và lấy hết tiền trong tài khoản ngân hàng của bạn.
# Lesson "lua-dao", step 7 of 9 (a villager reads it in a private chat, with Back/Next
# buttons below). This step: what an OTP code is and why nobody else may know it.
lesson-lua-dao-step-5 =
    Mã OTP là mã số gửi qua tin nhắn hoặc hiện trong ứng dụng, dùng để xác nhận giao dịch.
    Không bao giờ đưa mã OTP, mật khẩu, passcode cho ai, kể cả người xưng là công an, ngân hàng, nhà mạng hay người quen trên mạng.
    Ai xin mã OTP là kẻ lừa đảo.
# Lesson "lua-dao", step 8 of 9 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: faked voices and video of relatives; hacked accounts asking to borrow money.
lesson-lua-dao-step-6 =
    Kẻ gian có thể giả giọng nói, giả cả hình ảnh người thân khi gọi video.
    Tài khoản Zalo, Facebook của người quen cũng có thể bị chiếm.
    Người quen nhắn vay tiền? Hãy gọi lại vào số điện thoại cũ của họ để hỏi thẳng trước khi chuyển.
# Lesson "lua-dao", step 9 of 9 (a villager reads it in a private chat, with Back/Next buttons
# below). This step: what to do when in doubt, or after sending money: bank and commune police.
lesson-lua-dao-step-7 =
    Khi nghi ngờ: tắt máy, không làm theo, không chuyển tiền.
    Hỏi người thân, trưởng thôn, bản hoặc Công an xã.
    Nếu đã lỡ chuyển tiền: báo ngay cho ngân hàng và Công an xã. Giữ lại tin nhắn, số điện thoại, số tài khoản của kẻ gian.
# Lesson "lua-dao", quiz question 1 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-lua-dao-q1 = Người gọi điện xưng là công an, bảo bạn chuyển tiền để xác minh. Đó là gì?
# An answer button to quiz question 1 of lesson "lua-dao": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q1-a = Công an thật, phải chuyển ngay
# An answer button to quiz question 1 of lesson "lua-dao": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q1-b = Lừa đảo, không chuyển tiền
# An answer button to quiz question 1 of lesson "lua-dao": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q1-c = Chuyển một ít trước để thử
# Lesson "lua-dao", quiz question 1: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-lua-dao-q1-why =
    Công an không giải quyết vụ việc qua điện thoại và không bao giờ yêu cầu chuyển tiền để xác minh.
    Hãy tắt máy và báo Công an xã.
# Lesson "lua-dao", quiz question 2 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-lua-dao-q2 = Tin nhắn báo bạn trúng thưởng, bảo nộp phí để nhận quà. Bạn làm gì?
# An answer button to quiz question 2 of lesson "lua-dao": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q2-a = Nộp phí ngay để nhận quà
# An answer button to quiz question 2 of lesson "lua-dao": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q2-b = Bấm vào xem có thật không
# An answer button to quiz question 2 of lesson "lua-dao": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q2-c = Bỏ qua, không nộp tiền
# Lesson "lua-dao", quiz question 2: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-lua-dao-q2-why =
    Trúng thưởng mà phải nộp tiền trước là dấu hiệu lừa đảo.
    Không bấm đường link, không nộp tiền. Nếu còn băn khoăn, hỏi người thân hoặc Công an xã.
# Lesson "lua-dao", quiz question 3 of 3, after the last step (private chat); the
# answers follow as buttons.
lesson-lua-dao-q3 = Ai được biết mã OTP của bạn?
# An answer button to quiz question 3 of lesson "lua-dao": the RIGHT answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q3-a = Chỉ mình bạn
# An answer button to quiz question 3 of lesson "lua-dao": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q3-b = Nhân viên ngân hàng
# An answer button to quiz question 3 of lesson "lua-dao": a wrong answer. A button label:
# keep it short (≤ ~30 characters; Zalo buttons are narrow).
lesson-lua-dao-q3-c = Người xưng là công an
# Lesson "lua-dao", quiz question 3: the explanation shown after the villager answers (right
# or wrong), in a private chat.
lesson-lua-dao-q3-why =
    Mã OTP chỉ mình bạn được biết, và chỉ nhập vào ứng dụng của chính bạn.
    Ngân hàng, công an, nhà mạng không bao giờ hỏi mã OTP. Ai xin mã là kẻ lừa đảo.
