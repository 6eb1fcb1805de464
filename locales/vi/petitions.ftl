# Petition categories (kiến nghị, phản ánh). Codes are those of seeds/*/30-categories.toml.

# The first petition category button, in a private chat: danger to people or property right now
# (landslide, flood, fire, violence). Pressing it shows the emergency phone numbers at once. A
# button label: keep it short (≤ ~35 characters); the emoji stays.
category-emergency = 🚨 Khẩn cấp, nguy hiểm
# A petition category name (land, fields, land-use papers). A button label when a villager picks a
# category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in
# other messages.
category-land = Đất đai
# A petition category name (roads, bridges and other infrastructure). A button label when a villager
# picks a category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as
# $category in other messages.
category-roads = Hạ tầng – đường sá
# A petition category name (electricity). A button label when a villager picks a category in a
# private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in other messages.
category-power = Điện
# A petition category name (drinking and household water). A button label when a villager picks a
# category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in
# other messages.
category-water = Nước sinh hoạt
# A petition category name (security and public order). A button label when a villager picks a
# category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in
# other messages.
category-security = An ninh, trật tự
# A petition category name (health care). A button label when a villager picks a category in a
# private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in other messages.
category-health = Y tế
# A petition category name (schools and education). A button label when a villager picks a category
# in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in other
# messages.
category-education = Giáo dục
# A petition category name (social policies and support payments). A button label when a villager
# picks a category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as
# $category in other messages.
category-welfare = Chính sách, hỗ trợ
# A petition category name (environment and forests). A button label when a villager picks a
# category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in
# other messages.
category-environment = Môi trường, rừng
# A petition category name (the behaviour of commune officials). A button label when a villager
# picks a category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as
# $category in other messages.
category-conduct = Thái độ, tác phong cán bộ
# A petition category name (online and office public services). A button label when a villager picks
# a category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in
# other messages.
category-public-services = Dịch vụ công
# A petition category name (anything else). A button label when a villager picks a category in a
# private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in other messages.
category-other = Việc khác
# A petition category name (formal complaints and denunciations (these follow their own legal
# procedure; choosing it shows petition-complaint-info)). A button label when a villager picks a
# category in a private chat (≤ ~30 characters), and inserted ALREADY TRANSLATED as $category in
# other messages.
category-complaint = Khiếu nại, tố cáo

## Emergencies: shown at once when the villager chooses "Khẩn cấp" (and with the daily limit),
## before they write anything. The numbers come from the seeds (the commune's own, then 113,
## 114, 115).

# A villager in a private chat, right after pressing the emergency category: the heading above the
# list of phone numbers to call now.
emergency-call-now = 🚨 Có nguy hiểm đến tính mạng, tài sản (sạt lở, lũ, cháy, bạo lực…)? Bạn GỌI NGAY:
# One line of the emergency number list (private chat). $name: who answers, e.g. "Công an xã Dào
# San" (a name, not translated); $number: the phone number, e.g. "0214 3880 113".
emergency-phone = 📞 { $name }: { $number }
# One line of the emergency number list for a number the commune has not confirmed yet (a demo
# number): say so, so nobody relies on it. $name: e.g. "Công an xã Dào San"; $number: e.g. "113".
emergency-phone-placeholder = 📞 { $name }: { $number } (số mẫu, chưa dùng được)
# A villager in a private chat, after pressing the emergency category, when no number is set up
# for their village: call 113 (police), 114 (fire and rescue), 115 (ambulance). Keep the numbers.
emergency-call-fallback = 🚨 Nếu đang có nguy hiểm đến tính mạng, tài sản, xin bạn GỌI NGAY 113 (Công an), 114 (Cứu hỏa, cứu nạn cứu hộ) hoặc 115 (Cấp cứu), và báo cho Công an xã, UBND xã gần nhất.
# A villager in a private chat, under the emergency numbers: after calling (or if they cannot
# call) they may report here what is happening, where, and whether anyone is hurt.
emergency-then-write = Gọi xong, hoặc không gọi được, bạn nhắn ngay tại đây: việc gì, ở đâu, ai bị nạn. Tin khẩn được chuyển ngay cho xã.

## The villager's side

# A main-menu button label (private chat): start sending a petition (a request or complaint to the
# commune). Also quoted in other messages as { menu-petition }. Keep it short (≤ ~30 characters);
# the emoji stays.
menu-petition = 📝 Gửi kiến nghị
# A main-menu button label (private chat): follow one's petitions (see their status and answers).
# Also quoted as { menu-track }. Keep it short (≤ ~30 characters); the emoji stays.
menu-track = 📋 Theo dõi kiến nghị

# A villager in a private chat who pressed «{ menu-petition }» before finishing registration:
# they must first choose their place and agree to the data notice.
petition-onboard-first = Để gửi kiến nghị, mời bạn chọn nơi ở và đồng ý với thông báo về dữ liệu trước.
# A villager in a private chat who tries to send another petition after reaching the daily limit.
# $max: how many petitions one person may send per day, e.g. 5. Keep 113, 114, 115.
petition-limit-day = Hôm nay bạn đã gửi { $max } kiến nghị, là số tối đa trong một ngày. Mời bạn gửi tiếp vào ngày mai. Loa Thôn không dùng cho việc khẩn cấp: khi có nguy hiểm, xin gọi ngay 113 (công an), 114 (cứu hỏa), 115 (cấp cứu).
# A villager in a private chat, right after pressing «{ menu-petition }»: which topic is the
# petition about? The category buttons follow.
petition-ask-category = Kiến nghị của bạn thuộc lĩnh vực nào? Mời bạn chọn:
# A villager in a private chat who chose the "formal complaint / denunciation" category: these are
# not handled by the bot; it explains where to go (the commune's citizen reception office).
petition-complaint-info =
    ⚖️ Khiếu nại, tố cáo làm theo luật riêng, không gửi qua Loa Thôn.
    • Khiếu nại (bạn cho rằng quyết định, việc làm của cơ quan, cán bộ là sai, ảnh hưởng đến quyền lợi của bạn): gửi đơn hoặc trình bày với chính cơ quan, người đó.
    • Tố cáo (việc vi phạm pháp luật của bất kỳ ai): gửi đơn đến cơ quan có thẩm quyền; người tố cáo được giữ bí mật.
    Nơi tiếp công dân của UBND xã sẽ hướng dẫn và nhận đơn.
# A villager in a private chat, after choosing a category: asks them to write the petition (text,
# voice, photos, location; several messages allowed). $category: the chosen category, e.g. "Điện",
# ALREADY TRANSLATED. Keep the { button-send } reference as it is.
petition-ask-body =
    Lĩnh vực: { $category }.
    Mời bạn gửi nội dung kiến nghị: có thể gõ chữ, gửi tin nhắn thoại, ảnh hoặc vị trí, trong một hoặc nhiều tin nhắn. Gửi xong thì bấm «{ button-send }».
# A villager in a private chat, after each part of the petition they send (a text, photo, voice…).
# $count: how many parts received so far, e.g. 2 (plural forms select on it). Keep
# { button-send } as it is.
petition-part-received =
    { $count ->
       *[other] Đã nhận { $count } phần. Bạn có thể gửi thêm, hoặc bấm «{ button-send }».
    }
# A villager in a private chat whose latest message would make the petition too long; that message
# was not kept. $used: characters already in the petition, e.g. 1850; $max: the limit, e.g. 2000.
# Keep { button-send } as it is.
petition-too-long = Tin này chưa được nhận: kiến nghị đã có { $used } ký tự, thêm tin này sẽ quá { $max } ký tự. Mời bạn viết ngắn hơn, hoặc bấm «{ button-send }» để gửi phần đã có.
# A villager in a private chat who sent one attachment too many; it was not kept. $max: the most
# photos, voice messages, files or locations one petition may carry, e.g. 10.
petition-too-many-files = Một kiến nghị chỉ kèm được tối đa { $max } ảnh, tin nhắn thoại, tệp hoặc vị trí. Tệp vừa gửi chưa được nhận.
# A villager in a private chat who pressed «{ button-send }» before writing anything.
petition-body-empty = Kiến nghị chưa có nội dung. Mời bạn gõ chữ hoặc gửi tin nhắn thoại, ảnh.
# A villager in a private chat, after writing the petition: do they want to hide their name from
# the officers? The buttons «{ button-named }» and «{ button-anonymous }» follow.
petition-ask-anonymous =
    Bạn có muốn giấu tên với cán bộ không?
    Nếu giấu tên, cán bộ không biết ai gửi, nhưng bạn vẫn nhận được trả lời tại đây.
# A villager in a private chat, before sending: a summary of the petition to check. $category: e.g.
# "Điện", ALREADY TRANSLATED; $village: e.g. "Bản Tả Phìn"; $body: the villager's own text, quoted
# as is; $files: how many attachments, e.g. 2; $anonymous: "yes" or "no" (selects a line, not
# shown).
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
# A villager in a private chat who pressed «{ button-confirm-petition }» but the commune has not
# assigned any office to this category yet; the text is kept, try again later. Keep the
# { button-confirm-petition } reference as it is.
petition-no-unit = Xã chưa phân công đơn vị nhận loại kiến nghị này nên chưa gửi được. Nội dung bạn viết vẫn được giữ: bạn có thể bấm «{ button-confirm-petition }» lại sau một hai ngày, hoặc báo cho cán bộ xã.
# A villager in a private chat, right after sending a petition. $code: the tracking code, e.g.
# "4827-1935"; $unit: the office that will handle it, e.g. "UBND xã" (a name); $due: the answer
# deadline, already written, e.g. "17:30 25/12/2026". /theodoi stays as it is.
petition-submitted =
    ✅ Đã gửi kiến nghị.
    Mã theo dõi: { $code }
    Đơn vị giải quyết: { $unit }
    Hạn trả lời: { $due }
    Bạn hãy ghi lại mã này. Gõ /theodoi để xem kiến nghị đang được giải quyết đến đâu.

# A villager in a private chat who pressed «{ menu-track }» (or typed /theodoi) but never sent a
# petition.
track-none = Bạn chưa gửi kiến nghị nào.
# A villager in a private chat, after pressing «{ menu-track }»: the heading above the list of
# their petitions (one track-line each).
track-list-title = 📋 Kiến nghị của bạn:
# One line of the list of a villager's petitions (private chat). $code: e.g. "4827-1935";
# $category: e.g. "Điện", ALREADY TRANSLATED; $status: e.g. "Đang xử lý", ALREADY TRANSLATED;
# $date: the day it was sent, e.g. "25/12/2026".
track-line = • { $code } · { $category } · { $status } · gửi ngày { $date }
# A villager in a private chat who typed /theodoi followed by something that is not a tracking
# code. $code: what they typed, quoted as is, e.g. "12345".
track-bad-code = «{ $code }» không phải là mã theo dõi. Mã có 8 chữ số, ví dụ 4827-1935. Mời bạn kiểm tra lại.
# A villager in a private chat who typed /theodoi with a code that is not one of their petitions.
# $code: e.g. "4827-1935".
track-not-found = Không tìm thấy kiến nghị của bạn có mã { $code }.
# A villager in a private chat, looking at one of their petitions. $code: e.g. "4827-1935";
# $category: e.g. "Điện", ALREADY TRANSLATED; $unit: e.g. "UBND xã"; $status: e.g. "Đang xử lý",
# ALREADY TRANSLATED; $submitted and $due: already written, e.g. "17:30 25/12/2026".
track-detail =
    📋 Kiến nghị { $code }
    Lĩnh vực: { $category }
    Đơn vị giải quyết: { $unit }
    Tình trạng: { $status }
    Ngày gửi: { $submitted } · Hạn trả lời: { $due }
# Under track-detail (private chat), first of the history lines when only the latest few are
# shown. $count: how many earlier steps are left out, e.g. 5.
track-history-earlier = (Trước đó có { $count } mốc khác)
# Under track-detail (private chat), when the office has answered. $answer: the officer's answer,
# quoted as written in Vietnamese (not translated).
track-answer = Trả lời: { $answer }

# One line of a petition's history, read by the villager who sent it (private chat, /theodoi): the
# villager sent the petition. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already written).
history-submitted = { $time } { $date }: bạn gửi kiến nghị.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi):
# an officer took it on. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already written).
history-claimed = { $time } { $date }: cán bộ nhận xử lý.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi): an
# officer asked for more information. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already
# written).
history-info-requested = { $time } { $date }: cán bộ đề nghị bổ sung thông tin.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi): the
# villager added information. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already written).
history-info-added = { $time } { $date }: bạn bổ sung thông tin.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi):
# the office answered. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already written).
history-answered = { $time } { $date }: đơn vị đã trả lời.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi): it
# was passed to another office. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already
# written).
history-forwarded = { $time } { $date }: chuyển sang đơn vị khác giải quyết.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi):
# it was closed. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already written).
history-closed = { $time } { $date }: kiến nghị được khép lại.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi): the
# villager rated the answer. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already written).
history-rated = { $time } { $date }: bạn đánh giá câu trả lời.
# One line of a petition's history, read by the villager who sent it (private chat, /theodoi):
# it was reopened. $time: e.g. "17:30"; $date: e.g. "25/12/2026" (both already written).
history-reopened = { $time } { $date }: kiến nghị được mở lại.

# A petition's status name (waiting to be handled). Inserted ALREADY TRANSLATED as $status into the
# villager's and officers' messages; keep it short (a few words).
status-open = Đang chờ xử lý
# A petition's status name (being handled). Inserted ALREADY TRANSLATED as $status into the
# villager's and officers' messages; keep it short (a few words).
status-in-progress = Đang xử lý
# A petition's status name (waiting for more information from the villager). Inserted ALREADY
# TRANSLATED as $status into the villager's and officers' messages; keep it short (a few words).
status-awaiting-info = Chờ bổ sung thông tin
# A petition's status name (answered). Inserted ALREADY TRANSLATED as $status into the villager's
# and officers' messages; keep it short (a few words).
status-answered = Đã trả lời
# A petition's status name (closed). Inserted ALREADY TRANSLATED as $status into the villager's
# and officers' messages; keep it short (a few words).
status-closed = Đã khép lại

# Sent by the bot to the villager who wrote the petition (private chat), when an officer takes it
# on. $code: e.g. "4827-1935"; $unit: the office, e.g. "Công an xã".
petition-claimed-notice = Kiến nghị { $code } của bạn đang được { $unit } xử lý.
# Sent to the villager who wrote the petition (private chat) when the office asks for more
# information; the officer's question follows on the next line, in Vietnamese as written. $unit:
# e.g. "UBND xã"; $code: e.g. "4827-1935".
petition-info-requested = ✍️ { $unit } cần thêm thông tin cho kiến nghị { $code }:
# A villager in a private chat, after pressing «{ button-add-info }»: send more information (text,
# voice, photo, location), then press the done button. $code: e.g. "4827-1935". Keep
# { button-done } as it is.
petition-more-prompt = Mời bạn gửi thêm thông tin cho kiến nghị { $code } (chữ, tin nhắn thoại, ảnh hoặc vị trí). Gửi xong thì bấm «{ button-done }».
# A villager in a private chat, after each part of additional information they send. $count: how
# many parts so far, e.g. 2 (plural forms select on it). Keep { button-done } as it is.
petition-info-received =
    { $count ->
       *[other] Đã nhận { $count } phần bổ sung. Bạn có thể gửi thêm, hoặc bấm «{ button-done }».
    }
# A villager in a private chat who pressed «{ button-done }» before sending any additional
# information.
petition-info-nothing-yet = Bạn chưa gửi thêm gì. Mời bạn gửi thông tin, rồi bấm «{ button-done }».
# A villager in a private chat whose latest additional message would make the petition too long; it
# was not kept. $used: characters so far, e.g. 1850; $max: the limit, e.g. 2000.
petition-info-too-long = Tin này chưa được nhận: kiến nghị và phần bổ sung đã có { $used } ký tự, thêm tin này sẽ quá { $max } ký tự. Mời bạn viết ngắn hơn, hoặc bấm «{ button-done }».
# A villager in a private chat who tries to add information to a petition that already has an
# answer. $code: e.g. "4827-1935".
petition-info-after-answer = Kiến nghị { $code } đã có trả lời nên không bổ sung thêm được. Nếu chưa hài lòng, bạn có thể đề nghị xem lại, hoặc gửi kiến nghị mới.
# Sent to a villager (private chat) right after petition-submitted, when the office handling it has
# no officer using the bot yet: the petition is stored; for urgent matters go to the commune office.
petition-submitted-unseen = Hiện đơn vị này chưa có cán bộ nhận tin trên Loa Thôn. Kiến nghị của bạn đã được lưu và sẽ được xử lý khi có cán bộ; nếu việc gấp, mời bạn đến UBND xã hoặc gọi điện trực tiếp.
# A villager in a private chat, after pressing «{ button-done }»: the extra information was passed
# on. $code: e.g. "4827-1935".
petition-info-thanks = Cảm ơn bạn. Thông tin bổ sung đã được chuyển đến đơn vị giải quyết kiến nghị { $code }.
# Sent to the villager who wrote the petition (private chat) when the office answers; the answer
# (in Vietnamese, as written) follows. $code: e.g. "4827-1935"; $unit: e.g. "UBND xã".
petition-answered = 📬 Kiến nghị { $code } đã có trả lời của { $unit }:
# Sent to the villager under petition-answered when the officer answered with a voice recording
# (the recording follows).
petition-answer-voice = 🎤 Trả lời bằng tin nhắn thoại.
# Sent to the villager who wrote the petition (private chat) when it is passed to another office.
# $code: e.g. "4827-1935"; $unit: the new office, e.g. "Trạm Y tế xã"; $reason: the officer's
# reason, quoted as typed in Vietnamese.
petition-forwarded =
    Kiến nghị { $code } của bạn đã được chuyển đến { $unit } để giải quyết đúng thẩm quyền.
    Lý do: { $reason }
# Sent to the villager (private chat) when their petition is merged into another one about the same
# matter. $code: their petition's tracking code, e.g. "4827-1935"; $other: the tracking code of the
# petition it joined, e.g. "5521-0934". /theodoi stays as it is.
petition-closed-duplicate = Kiến nghị { $code } trùng với kiến nghị { $other } đang được giải quyết, nên được gộp vào kiến nghị đó. Bạn sẽ nhận được câu trả lời của kiến nghị { $other }, và xem được tình hình bằng lệnh /theodoi { $other }.
# Sent to the villager (private chat) when their petition is closed because the commune cannot
# handle it; the officer's reason (in Vietnamese, as typed) follows. $code: e.g. "4827-1935".
petition-closed-out-of-scope = Kiến nghị { $code } không thuộc phạm vi giải quyết của xã nên được khép lại. Lý do:

# Sent to the villager (private chat) after an answer: how satisfied are they, from 1 (very
# unsatisfied) to 5 (very satisfied)? Buttons 1–5 follow. $code: e.g. "4827-1935".
rating-ask = Bạn có hài lòng với câu trả lời cho kiến nghị { $code } không? Mời bạn chọn: 1 là rất không hài lòng, 5 là rất hài lòng.
# A villager in a private chat, right after pressing a rating button (a good rating).
rating-thanks = Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp cán bộ làm việc tốt hơn.
# A villager in a private chat who pressed a rating button for a petition already rated or not yet
# answered. $code: e.g. "4827-1935".
rating-already = Kiến nghị { $code } đã được đánh giá, hoặc chưa có trả lời để đánh giá.
# A villager in a private chat, after a low rating: do they want the office to look at the
# petition again? «{ button-reopen }» and «{ button-no-thanks }» follow. $code: e.g. "4827-1935".
rating-offer-reopen = Rất tiếc bạn chưa hài lòng. Bạn có muốn mở lại kiến nghị { $code } để đơn vị xem xét lại không? Mỗi kiến nghị được mở lại một lần.
# A villager in a private chat, after pressing «{ button-no-thanks }»: the rating is recorded.
rating-kept = Cảm ơn bạn. Đánh giá của bạn đã được ghi nhận.
# A villager in a private chat, after pressing «{ button-reopen }»: asks briefly why the answer was
# not good enough.
petition-ask-reopen-reason = Mời bạn viết ngắn gọn vì sao câu trả lời chưa thỏa đáng.
# A villager in a private chat who sent a photo or voice message when asked for the reason to
# reopen: please write it as text.
petition-reopen-text-only = Mời bạn viết lý do bằng chữ.
# A villager in a private chat who tries to reopen a petition a second time, or before it has an
# answer.
petition-reopen-not-possible = Kiến nghị này không mở lại được nữa (mỗi kiến nghị chỉ được mở lại một lần, sau khi đã có trả lời).
# A villager in a private chat, after giving the reason: the petition is open again. $code: e.g.
# "4827-1935"; $due: the new deadline, already written, e.g. "17:30 25/12/2026".
petition-reopened = Kiến nghị { $code } đã được mở lại. Hạn trả lời mới: { $due }.

# A button label (private chat), under many questions: cancel what is being done. Keep it short
# (≤ ~30 characters).
button-cancel = Hủy
# A button label (private chat), while writing a petition: send it. Quoted in other messages as
# { button-send }. Keep it short (≤ ~30 characters); the emoji stays.
button-send = 📨 Gửi đi
# A button label (private chat), while adding information to a petition: "done". Quoted in other
# messages as { button-done }. Keep it short (≤ ~30 characters); the emoji stays.
button-done = ✅ Xong
# A button label under petition-ask-anonymous (private chat): officers may see my name. Keep it
# short (≤ ~30 characters).
button-named = Ghi tên tôi
# A button label under petition-ask-anonymous (private chat): hide my name. Keep it short (≤ ~30
# characters); the emoji stays.
button-anonymous = 🙈 Giấu tên
# A button label under petition-summary (private chat): send the petition for real. Keep it short
# (≤ ~30 characters); the emoji stays.
button-confirm-petition = ✅ Gửi kiến nghị
# A button label (private chat) under the office's request for more information: send more. Keep
# it short (≤ ~30 characters); the emoji stays.
button-add-info = ✍️ Gửi thêm thông tin
# A button label under rating-offer-reopen (private chat): reopen the petition. Keep it short (≤ ~30
# characters); the emoji stays.
button-reopen = 🔄 Mở lại
# A button label under rating-offer-reopen (private chat): do not reopen. Keep it short (≤ ~30
# characters).
button-no-thanks = Không mở lại
# A villager in a private chat who tries to add information when the office no longer waits for it.
# $code: e.g. "4827-1935".
petition-info-not-awaited = Kiến nghị { $code } không còn chờ bổ sung thông tin.

## "Talk first": a villager wrote about a problem at the menu (or before registering) instead of
## pressing "Gửi kiến nghị". Their words are kept as a draft; nothing they typed is lost.

# A villager in a private chat who wrote about a problem at the menu instead of pressing
# «{ menu-petition }»: should this be sent as a petition? $excerpt: the start of what they wrote,
# quoted as is, e.g. "Đường vào bản bị sạt…".
petition-draft-offer = 📝 Bạn vừa viết: «{ $excerpt }». Bạn có muốn gửi điều này thành kiến nghị cho xã không?
# Under petition-draft-offer (private chat), when the words suggest a category. $category: e.g.
# "Hạ tầng – đường sá", ALREADY TRANSLATED.
petition-draft-suggested = Lĩnh vực gợi ý: { $category }.
# A button label (private chat): send the draft under the suggested category. $category: e.g.
# "Điện", ALREADY TRANSLATED. Keep it short (≤ ~30 characters in all); the emoji stays.
button-draft-send-as = 📨 Gửi: { $category }
# A button label (private chat): choose a category other than the suggested one. Keep it short
# (≤ ~30 characters); the emoji stays.
button-other-category = 📋 Chọn lĩnh vực khác
# A button label (private chat): send the draft as a petition (no category suggested; the list of
# categories comes next). Keep it short (≤ ~30 characters); the emoji stays.
button-draft-send = 📨 Gửi thành kiến nghị
# A button label (private chat): no thanks, do not send the draft. Keep it short (≤ ~30 characters).
button-draft-drop = Không, cảm ơn
# A villager in a private chat, after pressing «{ button-draft-drop }»: the draft is thrown away.
petition-draft-dropped = Vâng, tôi không gửi. Khi cần, bạn cứ viết cho tôi.
# Someone not registered yet who wrote about a problem (private chat): the words are kept and will
# be offered as a petition after registration.
petition-draft-kept = 📝 Tôi đã ghi lại lời bạn. Đăng ký xong, tôi sẽ hỏi bạn có muốn gửi thành kiến nghị không.
# A villager in a private chat, after choosing the category for words already kept: they may add
# photos, voice, a location, or press the send button. $category: e.g. "Điện", ALREADY
# TRANSLATED. Keep { button-send } as it is.
petition-draft-category = Lĩnh vực: { $category }. Tôi đã giữ lời bạn viết. Bạn có thể gửi thêm ảnh, tin nhắn thoại, vị trí, hoặc bấm «{ button-send }».
# A villager in a private chat who typed text at the category step that is not a category name:
# the text is kept; choose a category. The example «Đường sá» should be a category name in your
# language.
petition-category-kept = Tôi đã ghi lại lời bạn. Mời bạn chọn lĩnh vực: bấm nút, hoặc gõ tên, ví dụ «Đường sá».
# A button label (private chat): show the full list of categories. Keep it short (≤ ~30
# characters); the emoji stays.
button-all-categories = 📋 Xem các lĩnh vực

## Following a petition someone else wrote: the author shares it with a relative or the commune
## office. The follower sees the status and the answer, never who wrote it.

# A button label in the villager's view of their own petition (private chat): let a relative or
# the commune office follow it. Keep it short (≤ ~30 characters); the emoji stays.
button-share = 🔗 Cho người thân theo dõi
# A button label in the villager's view of a shared petition (private chat): stop letting others
# follow it. Keep it short (≤ ~30 characters); the emoji stays.
button-unshare = 🚫 Thôi cho theo dõi
# A message the villager forwards to a relative (private chat): how to follow the petition. $code:
# e.g. "4827-1935"; $shared: the code with its secret key, e.g. "4827-1935-K7QMP4XA" (not
# translated). /theodoi stays as it is.
petition-share = 🔗 Mời bạn theo dõi kiến nghị { $code } trên Loa Thôn: bấm nút bên dưới, hoặc gửi cho Loa Thôn tin nhắn: /theodoi { $shared }
# A button label under petition-share: opens the bot to follow the petition. $code: e.g.
# "4827-1935". Keep it short (≤ ~30 characters in all); the emoji stays.
button-follow-petition = 👀 Theo dõi kiến nghị { $code }
# To the villager who shared (private chat), after petition-share: forward it to a relative or a
# commune officer; they see the status and answer, never the name.
petition-share-hint = Bạn hãy chuyển tiếp tin trên cho người thân hoặc cán bộ xã. Họ chỉ thấy tình trạng và câu trả lời, không thấy tên bạn.
# To the villager (private chat) after pressing «{ button-unshare }». $code: e.g. "4827-1935";
# $count: how many people stopped following, e.g. 2.
petition-unshared = Đã thôi cho theo dõi kiến nghị { $code }. Số người không theo dõi nữa: { $count }.
# In the villager's view of their shared petition (private chat). $count: how many people follow
# it, e.g. 1.
track-shared = 🔗 Bạn đã cho người khác theo dõi. Số người đang theo dõi: { $count }.
# To a relative or officer following someone else's petition (private chat), above its status. They
# never learn who wrote it. $code: e.g. "4827-1935".
track-following = 👀 Bạn đang theo dõi kiến nghị { $code } của một người dân. Bạn sẽ nhận được câu trả lời khi có.
# To someone who opened a follow link (private chat) that is wrong or was withdrawn by the author.
track-share-not-found = Không mở được kiến nghị này: mã có thể đã sai, hoặc người gửi đã thôi cho theo dõi.

## "Nhờ người hướng dẫn" (asking the village's digital helper from a lesson): the learner
## chooses whether the helper gets a phone number to call; they are told what was shared.

# A villager in a private chat who pressed "ask a helper" in a lesson: the village's digital helper
# gets their name and village; they may type a phone number, or press «{ button-reach-nothing }».
helper-contact-ask = 🙋 Người hướng dẫn của bản sẽ nhận tên và bản của bạn. Muốn họ gọi điện cho bạn, mời bạn gõ số điện thoại của bạn. Không muốn thì bấm «{ button-reach-nothing }».
# A button label (private chat): ask the helper without sharing a phone number. Keep it short (≤ ~30
# characters); the emoji stays.
button-reach-nothing = 🙈 Không chia sẻ số
# A button label (private chat): go back to the lesson without asking a helper. Keep it short (≤ ~30
# characters); keep the ‹ sign.
button-back-to-lesson = ‹ Quay lại bài học
# A villager in a private chat, after typing a phone number: shown back before any helper sees it.
# $phone: the number as typed, e.g. "0912 345 678".
helper-phone-confirm = Người hướng dẫn của bản sẽ thấy số { $phone } để gọi cho bạn. Bạn đồng ý chia sẻ số này không?
# A button label under helper-phone-confirm (private chat): agree that the helper sees the number.
# Keep it short (≤ ~30 characters); the emoji stays.
button-reach-phone = ✅ Đồng ý chia sẻ
# A villager in a private chat who typed something that is not a phone number. $text: what they
# typed, quoted as is. Keep the example number 0912 345 678.
helper-phone-invalid = «{ $text }» chưa phải số điện thoại. Mời bạn gõ lại, ví dụ 0912 345 678, hoặc bấm «{ button-reach-nothing }».
# To the villager (private chat), after the helpers were asked: exactly what they received.
# $phone: e.g. "0912 345 678".
helper-shared-phone = Họ nhận được tên, bản của bạn và số điện thoại { $phone }.
# To the villager (private chat), after the helpers were asked without a phone number: they got
# name and village only and will look for the villager in the village.
helper-shared-nothing = Họ nhận được tên và bản của bạn, không có số điện thoại. Họ sẽ tìm gặp bạn ở bản.
# To the village's digital helper (private chat), under a villager's request for help: the phone
# number the villager agreed to share. $phone: e.g. "0912 345 678".
helper-contact-phone = 📞 Người học đồng ý cho bạn số điện thoại: { $phone }
# To the village's digital helper (private chat), under a villager's request for help: no phone
# number was left; find them in the village.
helper-contact-none = Người học không để lại số điện thoại. Bạn hãy tìm gặp tại thôn, bản.
