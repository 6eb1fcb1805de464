# Petition categories (kiến nghị, phản ánh). Codes are those of seeds/*/30-categories.toml.

# Danger to people or property now (landslide, flood, fire, violence): first in the list, on a
# button of its own; choosing it shows the numbers to call at once.
category-emergency = 🚨 Khẩn cấp: nguy hiểm đến người, tài sản
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-land = Đất đai
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-roads = Hạ tầng – đường sá
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-power = Điện
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-water = Nước sinh hoạt
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-security = An ninh, trật tự
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-health = Y tế
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-education = Giáo dục
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-welfare = Chính sách, hỗ trợ
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-environment = Môi trường, rừng
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-conduct = Thái độ, tác phong cán bộ
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-public-services = Dịch vụ công
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-other = Việc khác
# The name of a petition category: a button when a villager chooses one, and inside officers'
# notices (short).
category-complaint = Khiếu nại, tố cáo

## Emergencies: shown at once when the villager chooses "Khẩn cấp" (and with the daily limit),
## before they write anything. The numbers come from the seeds (the commune's own, then 113,
## 114, 115).

# Heading above the list of numbers.
emergency-call-now = 🚨 Nếu đang có nguy hiểm đến tính mạng, tài sản (sạt lở, lũ, cháy, bạo lực…), xin bạn GỌI NGAY:
# One number of the list; $name is who answers ("Công an xã Dào San"), $number the number.
emergency-phone = 📞 { $name }: { $number }
# A number the commune has not confirmed yet (a demo placeholder): say so, so nobody relies on it.
emergency-phone-placeholder = 📞 { $name }: { $number } (số mẫu, xã chưa cập nhật số thật)
# When no number is set up for the village at all.
emergency-call-fallback = 🚨 Nếu đang có nguy hiểm đến tính mạng, tài sản, xin bạn GỌI NGAY 113 (Công an), 114 (Cứu hỏa, cứu nạn cứu hộ) hoặc 115 (Cấp cứu), và báo cho Công an xã, UBND xã gần nhất.
# After the numbers, when the villager can go on to report in the bot.
emergency-then-write = Gọi điện xong, hoặc nếu không gọi được, bạn có thể báo ngay tại đây: việc gì đang xảy ra, ở đâu, có ai bị nạn không. Tin báo khẩn được chuyển ngay đến đơn vị phụ trách và lãnh đạo xã.

## The villager's side

# A button of the main menu, also named in other messages through { menu-petition } (keep it
# short; the emoji stays). Sent from engine/petitions.rs (add_info).
menu-petition = 📝 Gửi kiến nghị
# A button of the main menu, also named in other messages through { menu-track } (keep it short;
# the emoji stays). Sent from engine/petitions.rs (share).
menu-track = 📋 Theo dõi kiến nghị

# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message).
petition-onboard-first = Để gửi kiến nghị, mời bạn chọn nơi ở và đồng ý với thông báo về dữ liệu trước.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message). $max: the largest number of characters allowed.
petition-limit-day = Hôm nay bạn đã gửi { $max } kiến nghị, là số tối đa trong một ngày. Mời bạn gửi tiếp vào ngày mai. Loa Thôn không dùng cho việc khẩn cấp: khi có nguy hiểm, xin gọi ngay 113 (công an), 114 (cứu hỏa), 115 (cấp cứu).
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (ask_category).
petition-ask-category = Kiến nghị của bạn thuộc lĩnh vực nào? Mời bạn chọn:
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message).
petition-complaint-info =
    ⚖️ Khiếu nại, tố cáo làm theo luật riêng, không gửi qua Loa Thôn.
    • Khiếu nại (bạn cho rằng quyết định, việc làm của cơ quan, cán bộ là sai, ảnh hưởng đến quyền lợi của bạn): gửi đơn hoặc trình bày với chính cơ quan, người đó.
    • Tố cáo (việc vi phạm pháp luật của bất kỳ ai): gửi đơn đến cơ quan có thẩm quyền; người tố cáo được giữ bí mật.
    Nơi tiếp công dân của UBND xã sẽ hướng dẫn và nhận đơn.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (choose_category). $category: the petition category's name, ALREADY
# TRANSLATED into the reader's language.
petition-ask-body =
    Lĩnh vực: { $category }.
    Mời bạn gửi nội dung kiến nghị: có thể gõ chữ, gửi tin nhắn thoại, ảnh hoặc vị trí, trong một hoặc nhiều tin nhắn. Gửi xong thì bấm «{ button-send }».
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (add_to_draft). $count: a number (plural forms select on it). A { message-id
# } in braces is a button's label inserted by reference: keep it, do not write the label out.
petition-part-received =
    { $count ->
       *[other] Đã nhận { $count } phần. Bạn có thể gửi thêm, hoặc bấm «{ button-send }».
    }
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (refusal). $max: the largest number of characters allowed; $used: how many
# characters are used already. A { message-id } in braces is a button's label inserted by
# reference: keep it, do not write the label out.
petition-too-long = Tin này chưa được nhận: kiến nghị đã có { $used } ký tự, thêm tin này sẽ quá { $max } ký tự. Mời bạn viết ngắn hơn, hoặc bấm «{ button-send }» để gửi phần đã có.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message). $max: the largest number of characters allowed.
petition-too-many-files = Một kiến nghị chỉ kèm được tối đa { $max } ảnh, tin nhắn thoại, tệp hoặc vị trí. Tệp vừa gửi chưa được nhận.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (finish_body).
petition-body-empty = Kiến nghị chưa có nội dung. Mời bạn gõ chữ hoặc gửi tin nhắn thoại, ảnh.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (finish_body).
petition-ask-anonymous =
    Bạn có muốn giấu tên với cán bộ không?
    Nếu giấu tên, cán bộ không biết ai gửi, nhưng bạn vẫn nhận được trả lời tại đây.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (summary). $anonymous: whether the sender is hidden (yes/no selector);
# $body: the petition's text as the villager wrote it; $category: the petition category's name,
# ALREADY TRANSLATED into the reader's language; $files: a count of attachments; $village: the
# name of a village (thôn, bản), e.g. "Bản Tả Phìn".
petition-summary =
    📝 Mời bạn xem lại kiến nghị:
    Lĩnh vực: { $category }
    Nơi: { $village }
    Nội dung: { $body }
    { $files ->
        [0] Không có ảnh, tệp kèm theo.
       *[other] Ảnh, tệp kèm theo: { $files }
    }
    { $anonymous ->
        [yes] Gửi giấu tên: cán bộ không biết ai gửi.
       *[no] Cán bộ sẽ biết tên bạn.
    }
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message). A { message-id } in braces is a button's label inserted by
# reference: keep it, do not write the label out.
petition-no-unit = Xã chưa phân công đơn vị nhận loại kiến nghị này nên chưa gửi được. Nội dung bạn viết vẫn được giữ: bạn có thể bấm «{ button-confirm-petition }» lại sau một hai ngày, hoặc báo cho cán bộ xã.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (submit). $code: the tracking code (8 digits, e.g. 4827-1935); $due: the
# deadline, already written as a time and date; $unit: the name of a unit (UBND xã, Công an xã,
# Trạm Y tế…).
petition-submitted =
    ✅ Đã gửi kiến nghị.
    Mã theo dõi: { $code }
    Đơn vị giải quyết: { $unit }
    Hạn trả lời: { $due }
    Bạn hãy ghi lại mã này. Gõ /theodoi để xem kiến nghị đang được giải quyết đến đâu.

# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (track).
track-none = Bạn chưa gửi kiến nghị nào.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (track).
track-list-title = 📋 Kiến nghị của bạn:
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (track). $category: the petition category's name, ALREADY TRANSLATED into
# the reader's language; $code: the tracking code (8 digits, e.g. 4827-1935); $date: a date,
# already written "25/12/2026"; $status: the status, ALREADY TRANSLATED into the reader's language
# (another message).
track-line = • { $code } · { $category } · { $status } · gửi ngày { $date }
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (track). $code: the tracking code (8 digits, e.g. 4827-1935).
track-bad-code = «{ $code }» không phải là mã theo dõi. Mã có 8 chữ số, ví dụ 4827-1935. Mời bạn kiểm tra lại.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (track). $code: the tracking code (8 digits, e.g. 4827-1935).
track-not-found = Không tìm thấy kiến nghị của bạn có mã { $code }.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (show_own). $category: the petition category's name, ALREADY TRANSLATED into
# the reader's language; $code: the tracking code (8 digits, e.g. 4827-1935); $due: the deadline,
# already written as a time and date; $status: the status, ALREADY TRANSLATED into the reader's
# language (another message); $submitted: when it was sent (time and date); $unit: the name of a
# unit (UBND xã, Công an xã, Trạm Y tế…).
track-detail =
    📋 Kiến nghị { $code }
    Lĩnh vực: { $category }
    Đơn vị giải quyết: { $unit }
    Tình trạng: { $status }
    Ngày gửi: { $submitted } · Hạn trả lời: { $due }
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (show_own). $answer: the officer's answer as written.
track-answer = Trả lời: { $answer }

# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-submitted = { $time } { $date }: bạn gửi kiến nghị.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-claimed = { $time } { $date }: cán bộ nhận xử lý.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-info-requested = { $time } { $date }: cán bộ đề nghị bổ sung thông tin.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-info-added = { $time } { $date }: bạn bổ sung thông tin.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-answered = { $time } { $date }: đơn vị đã trả lời.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-forwarded = { $time } { $date }: chuyển sang đơn vị khác giải quyết.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-closed = { $time } { $date }: kiến nghị được khép lại.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-rated = { $time } { $date }: bạn đánh giá câu trả lời.
# One line of a petition's history, read by the villager who sent it (/theodoi). Sent from
# domain/petition.rs (history_message_id). $date: a date, already written "25/12/2026"; $time: a
# time and date, already written "17:30 25/12/2026".
history-reopened = { $time } { $date }: kiến nghị được mở lại.

# The name of a petition's state: used inside other messages as $status, where it arrives already
# translated. Sent from domain/petition.rs (message_id).
status-open = Đang chờ xử lý
# The name of a petition's state: used inside other messages as $status, where it arrives already
# translated. Sent from domain/petition.rs (message_id).
status-in-progress = Đang xử lý
# The name of a petition's state: used inside other messages as $status, where it arrives already
# translated. Sent from domain/petition.rs (message_id).
status-awaiting-info = Chờ bổ sung thông tin
# The name of a petition's state: used inside other messages as $status, where it arrives already
# translated. Sent from domain/petition.rs (message_id).
status-answered = Đã trả lời
# The name of a petition's state: used inside other messages as $status, where it arrives already
# translated. Sent from domain/petition.rs (message_id).
status-closed = Đã khép lại

# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (claim). $code: the
# tracking code (8 digits, e.g. 4827-1935); $unit: the name of a unit (UBND xã, Công an xã, Trạm Y
# tế…).
petition-claimed-notice = Kiến nghị { $code } của bạn đang được { $unit } xử lý.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (ask). $code: the
# tracking code (8 digits, e.g. 4827-1935); $unit: the name of a unit (UBND xã, Công an xã, Trạm Y
# tế…).
petition-info-requested = ✍️ { $unit } cần thêm thông tin cho kiến nghị { $code }:
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (begin_more_info). $code: the tracking code (8 digits, e.g. 4827-1935). A {
# message-id } in braces is a button's label inserted by reference: keep it, do not write the
# label out.
petition-more-prompt = Mời bạn gửi thêm thông tin cho kiến nghị { $code } (chữ, tin nhắn thoại, ảnh hoặc vị trí). Gửi xong thì bấm «{ button-done }».
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (add_info). $count: a number (plural forms select on it). A { message-id }
# in braces is a button's label inserted by reference: keep it, do not write the label out.
petition-info-received =
    { $count ->
       *[other] Đã nhận { $count } phần bổ sung. Bạn có thể gửi thêm, hoặc bấm «{ button-done }».
    }
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message). A { message-id } in braces is a button's label inserted by
# reference: keep it, do not write the label out.
petition-info-nothing-yet = Bạn chưa gửi thêm gì. Mời bạn gửi thông tin, rồi bấm «{ button-done }».
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message). $max: the largest number of characters allowed; $used: how many
# characters are used already. A { message-id } in braces is a button's label inserted by
# reference: keep it, do not write the label out.
petition-info-too-long = Tin này chưa được nhận: kiến nghị và phần bổ sung đã có { $used } ký tự, thêm tin này sẽ quá { $max } ký tự. Mời bạn viết ngắn hơn, hoặc bấm «{ button-done }».
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message). $code: the tracking code (8 digits, e.g. 4827-1935).
petition-info-after-answer = Kiến nghị { $code } đã có trả lời nên không bổ sung thêm được. Nếu chưa hài lòng, bạn có thể đề nghị xem lại, hoặc gửi kiến nghị mới.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from engine/petitions.rs (submit).
petition-submitted-unseen = Hiện đơn vị này chưa có cán bộ nhận tin trên Loa Thôn. Kiến nghị của bạn đã được lưu và sẽ được xử lý khi có cán bộ; nếu việc gấp, mời bạn đến UBND xã hoặc gọi điện trực tiếp.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (finish_more_info). $code: the tracking code (8 digits, e.g. 4827-1935).
petition-info-thanks = Cảm ơn bạn. Thông tin bổ sung đã được chuyển đến đơn vị giải quyết kiến nghị { $code }.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (answer). $code: the
# tracking code (8 digits, e.g. 4827-1935); $unit: the name of a unit (UBND xã, Công an xã, Trạm Y
# tế…).
petition-answered = 📬 Kiến nghị { $code } đã có trả lời của { $unit }:
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (answer).
petition-answer-voice = 🎤 Trả lời bằng tin nhắn thoại.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (forward). $code: the
# tracking code (8 digits, e.g. 4827-1935); $reason: the reason a person typed, quoted as is;
# $unit: the name of a unit (UBND xã, Công an xã, Trạm Y tế…).
petition-forwarded =
    Kiến nghị { $code } của bạn đã được chuyển đến { $unit } để giải quyết đúng thẩm quyền.
    Lý do: { $reason }
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (merge). $code: the
# tracking code (8 digits, e.g. 4827-1935); $other: the other side: a channel's name ALREADY
# TRANSLATED (Telegram, Zalo) or another tracking code.
petition-closed-duplicate = Kiến nghị { $code } trùng với kiến nghị { $other } đang được giải quyết, nên được gộp vào kiến nghị đó. Bạn sẽ nhận được câu trả lời của kiến nghị { $other }, và xem được tình hình bằng lệnh /theodoi { $other }.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (close_out_of_scope).
# $code: the tracking code (8 digits, e.g. 4827-1935).
petition-closed-out-of-scope = Kiến nghị { $code } không thuộc phạm vi giải quyết của xã nên được khép lại. Lý do:

# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (rating_request). $code:
# the tracking code (8 digits, e.g. 4827-1935).
rating-ask = Bạn có hài lòng với câu trả lời cho kiến nghị { $code } không? Mời bạn chọn: 1 là rất không hài lòng, 5 là rất hài lòng.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from engine/petitions.rs (rate).
rating-thanks = Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp cán bộ làm việc tốt hơn.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from services/petitions.rs (message). $code: the
# tracking code (8 digits, e.g. 4827-1935).
rating-already = Kiến nghị { $code } đã được đánh giá, hoặc chưa có trả lời để đánh giá.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from engine/petitions.rs (rate). $code: the
# tracking code (8 digits, e.g. 4827-1935).
rating-offer-reopen = Rất tiếc bạn chưa hài lòng. Bạn có muốn mở lại kiến nghị { $code } để đơn vị xem xét lại không? Mỗi kiến nghị được mở lại một lần.
# A villager in a private chat, told what happened to their petition (a notice sent by the bot,
# not an answer to what they just wrote). Sent from engine/petitions.rs (button).
rating-kept = Cảm ơn bạn. Đánh giá của bạn đã được ghi nhận.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (ask_reopen_reason).
petition-ask-reopen-reason = Mời bạn viết ngắn gọn vì sao câu trả lời chưa thỏa đáng.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (input).
petition-reopen-text-only = Mời bạn viết lý do bằng chữ.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/petitions.rs (message).
petition-reopen-not-possible = Kiến nghị này không mở lại được nữa (mỗi kiến nghị chỉ được mở lại một lần, sau khi đã có trả lời).
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/petitions.rs (reopen). $code: the tracking code (8 digits, e.g. 4827-1935); $due: the
# deadline, already written as a time and date.
petition-reopened = Kiến nghị { $code } đã được mở lại. Hạn trả lời mới: { $due }.

# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs
# (cancel_button).
button-cancel = Hủy
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs
# (draft_buttons).
button-send = 📨 Gửi đi
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs
# (begin_more_info).
button-done = ✅ Xong
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs
# (finish_body).
button-named = Ghi tên tôi
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs
# (finish_body).
button-anonymous = 🙈 Giấu tên
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs (summary).
button-confirm-petition = ✅ Gửi kiến nghị
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from services/petitions.rs (ask).
button-add-info = ✍️ Gửi thêm thông tin
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs (add_info).
button-reopen = 🔄 Mở lại
# A button label. A villager in a private chat, sending or following a petition (kiến nghị) (keep
# it short: about 30 characters fit; the emoji stays). Sent from engine/petitions.rs (rate).
button-no-thanks = Không mở lại
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# domain/petition.rs (message_id). $code: the tracking code (8 digits, e.g. 4827-1935).
petition-info-not-awaited = Kiến nghị { $code } không còn chờ bổ sung thông tin.

## "Talk first": a villager wrote about a problem at the menu (or before registering) instead of
## pressing "Gửi kiến nghị". Their words are kept as a draft; nothing they typed is lost.

# Asked after free text at the menu. $excerpt: the start of what they wrote.
petition-draft-offer = 📝 Bạn vừa viết: «{ $excerpt }». Bạn có muốn gửi điều này thành kiến nghị cho xã không?
# Under the question when the words suggest a category (keywords of seeds/…/30-categories.toml).
petition-draft-suggested = Lĩnh vực gợi ý: { $category }.
# Button: send the draft under the suggested category.
button-draft-send-as = 📨 Gửi: { $category }
# Button: show every category instead of the suggested one.
button-other-category = 📋 Chọn lĩnh vực khác
# Button: send the draft (no category suggested: the list comes next).
button-draft-send = 📨 Gửi thành kiến nghị
# Button: do not send the draft.
button-draft-drop = Không, cảm ơn
# After "Không, cảm ơn": the draft is gone.
petition-draft-dropped = Vâng, tôi không gửi. Khi cần, bạn cứ viết cho tôi.
# Shown to someone not registered yet who wrote about a problem (after the registration step).
petition-draft-kept = 📝 Tôi đã ghi lại lời bạn. Đăng ký xong, tôi sẽ hỏi bạn có muốn gửi thành kiến nghị không.
# The category was chosen for words already kept; $count: parts kept so far.
petition-draft-category = Lĩnh vực: { $category }. Tôi đã giữ lời bạn viết. Bạn có thể gửi thêm ảnh, tin nhắn thoại, vị trí, hoặc bấm «{ button-send }».
# Text typed at the category step that is not a category's name: kept, one line, category again.
petition-category-kept = Tôi đã ghi lại lời bạn. Mời bạn chọn lĩnh vực: bấm nút, hoặc gõ tên, ví dụ «Đường sá».
# Button: the full list of categories.
button-all-categories = 📋 Xem các lĩnh vực

## Following a petition someone else wrote: the author shares it with a relative or the commune
## office. The follower sees the status and the answer, never who wrote it.

# Button in the author's view of their petition.
button-share = 🔗 Cho người thân theo dõi
# Button: stop the sharing (the key stops working, followers are removed).
button-unshare = 🚫 Thôi cho theo dõi
# The message the author passes on. $shared: code and key, e.g. 4827-1935-K7QMP4XA.
petition-share = 🔗 Mời bạn theo dõi kiến nghị { $code } trên Loa Thôn: bấm nút bên dưới, hoặc gửi cho Loa Thôn tin nhắn: /theodoi { $shared }
# Button in the shared message: opens the bot with the code and key.
button-follow-petition = 👀 Theo dõi kiến nghị { $code }
# To the author, after the message above.
petition-share-hint = Bạn hãy chuyển tiếp tin trên cho người thân hoặc cán bộ xã. Họ chỉ thấy tình trạng và câu trả lời, không thấy tên bạn.
# After the author stops sharing. $count: how many stopped following.
petition-unshared = Đã thôi cho theo dõi kiến nghị { $code }. Số người không theo dõi nữa: { $count }.
# In the author's view when shared. $count: how many follow by the link.
track-shared = 🔗 Bạn đã cho người khác theo dõi. Số người đang theo dõi: { $count }.
# To the follower, above the petition's status.
track-following = 👀 Bạn đang theo dõi kiến nghị { $code } của một người dân. Bạn sẽ nhận được câu trả lời khi có.
# A wrong key, or one the author took back.
track-share-not-found = Không mở được kiến nghị này: mã có thể đã sai, hoặc người gửi đã thôi cho theo dõi.

## "Nhờ người hướng dẫn" (asking the village's digital helper from a lesson): the learner
## chooses whether the helper gets a phone number to call; they are told what was shared.

# Asked first. The helper always learns the learner's name and village (as before).
helper-contact-ask = 🙋 Người hướng dẫn của bản sẽ nhận tên và bản của bạn. Muốn họ gọi điện cho bạn, mời bạn gõ số điện thoại của bạn. Không muốn thì bấm «{ button-reach-nothing }».
# Button: ask the helpers without giving a number.
button-reach-nothing = 🙈 Không chia sẻ số
# Button: back to the lesson, nothing asked.
button-back-to-lesson = ‹ Quay lại bài học
# The typed number, shown back before any helper sees it.
helper-phone-confirm = Người hướng dẫn của bản sẽ thấy số { $phone } để gọi cho bạn. Bạn đồng ý chia sẻ số này không?
# Button: agree that the helpers see the number.
button-reach-phone = ✅ Đồng ý chia sẻ
# Typed text that is not a phone number.
helper-phone-invalid = «{ $text }» chưa phải số điện thoại. Mời bạn gõ lại, ví dụ 0912 345 678, hoặc bấm «{ button-reach-nothing }».
# To the learner, after "Đã nhờ … người hướng dẫn": exactly what the helpers received.
helper-shared-phone = Họ nhận được tên, bản của bạn và số điện thoại { $phone }.
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# engine/helpers.rs (ask).
helper-shared-nothing = Họ nhận được tên và bản của bạn, không có số điện thoại. Họ sẽ tìm gặp bạn ở bản.
# To the helper, under the request (and again when they accept it).
helper-contact-phone = 📞 Số điện thoại bạn ấy đồng ý cho bạn: { $phone }
# A villager in a private chat, sending or following a petition (kiến nghị). Sent from
# services/helpers.rs (contact_line).
helper-contact-none = Bạn ấy không để lại số điện thoại: bạn hãy tìm gặp ở bản.
