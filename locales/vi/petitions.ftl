# Petition categories (kiến nghị, phản ánh). Codes are those of seeds/*/30-categories.toml.

# Danger to people or property now (landslide, flood, fire, violence): first in the list, on a
# button of its own; choosing it shows the numbers to call at once.
category-emergency = 🚨 Khẩn cấp: nguy hiểm đến người, tài sản
category-land = Đất đai
category-roads = Hạ tầng – đường sá
category-power = Điện
category-water = Nước sinh hoạt
category-security = An ninh, trật tự
category-health = Y tế
category-education = Giáo dục
category-welfare = Chính sách, hỗ trợ
category-environment = Môi trường, rừng
category-conduct = Thái độ, tác phong cán bộ
category-public-services = Dịch vụ công
category-other = Việc khác
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

menu-petition = 📝 Gửi kiến nghị
menu-track = 📋 Theo dõi kiến nghị

petition-onboard-first = Để gửi kiến nghị, mời bạn chọn nơi ở và đồng ý với thông báo về dữ liệu trước.
petition-limit-day = Hôm nay bạn đã gửi { $max } kiến nghị, là số tối đa trong một ngày. Mời bạn gửi tiếp vào ngày mai. Loa Thôn không dùng cho việc khẩn cấp: khi có nguy hiểm, xin gọi ngay 113 (công an), 114 (cứu hỏa), 115 (cấp cứu).
petition-ask-category = Kiến nghị của bạn thuộc lĩnh vực nào? Mời bạn chọn:
petition-complaint-info =
    ⚖️ Khiếu nại, tố cáo làm theo luật riêng, không gửi qua Loa Thôn.
    • Khiếu nại (bạn cho rằng quyết định, việc làm của cơ quan, cán bộ là sai, ảnh hưởng đến quyền lợi của bạn): gửi đơn hoặc trình bày với chính cơ quan, người đó.
    • Tố cáo (việc vi phạm pháp luật của bất kỳ ai): gửi đơn đến cơ quan có thẩm quyền; người tố cáo được giữ bí mật.
    Nơi tiếp công dân của UBND xã sẽ hướng dẫn và nhận đơn.
petition-ask-body =
    Lĩnh vực: { $category }.
    Mời bạn gửi nội dung kiến nghị: có thể gõ chữ, gửi tin nhắn thoại, ảnh hoặc vị trí, trong một hoặc nhiều tin nhắn. Gửi xong thì bấm «📨 Gửi đi».
petition-part-received =
    { $count ->
       *[other] Đã nhận { $count } phần. Bạn có thể gửi thêm, hoặc bấm «📨 Gửi đi».
    }
petition-too-long = Tin này chưa được nhận: kiến nghị đã có { $used } ký tự, thêm tin này sẽ quá { $max } ký tự. Mời bạn viết ngắn hơn, hoặc bấm «📨 Gửi đi» để gửi phần đã có.
petition-too-many-files = Một kiến nghị chỉ kèm được tối đa { $max } ảnh, tin nhắn thoại, tệp hoặc vị trí. Tệp vừa gửi chưa được nhận.
petition-body-empty = Kiến nghị chưa có nội dung. Mời bạn gõ chữ hoặc gửi tin nhắn thoại, ảnh.
petition-ask-anonymous =
    Bạn có muốn giấu tên với cán bộ không?
    Nếu giấu tên, cán bộ không biết ai gửi, nhưng bạn vẫn nhận được trả lời tại đây.
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
petition-no-unit = Xã chưa phân công đơn vị nhận loại kiến nghị này nên chưa gửi được. Nội dung bạn viết vẫn được giữ: bạn có thể bấm «✅ Gửi kiến nghị» lại sau một hai ngày, hoặc báo cho cán bộ xã.
petition-submitted =
    ✅ Đã gửi kiến nghị.
    Mã theo dõi: { $code }
    Đơn vị giải quyết: { $unit }
    Hạn trả lời: { $due }
    Bạn hãy ghi lại mã này. Gõ /theodoi để xem kiến nghị đang được giải quyết đến đâu.

track-none = Bạn chưa gửi kiến nghị nào.
track-list-title = 📋 Kiến nghị của bạn:
track-line = • { $code } · { $category } · { $status } · gửi ngày { $date }
track-bad-code = «{ $code }» không phải là mã theo dõi. Mã có 8 chữ số, ví dụ 4827-1935. Mời bạn kiểm tra lại.
track-not-found = Không tìm thấy kiến nghị của bạn có mã { $code }.
track-detail =
    📋 Kiến nghị { $code }
    Lĩnh vực: { $category }
    Đơn vị giải quyết: { $unit }
    Tình trạng: { $status }
    Ngày gửi: { $submitted } · Hạn trả lời: { $due }
track-answer = Trả lời: { $answer }

history-submitted = { $time } { $date }: bạn gửi kiến nghị.
history-claimed = { $time } { $date }: cán bộ nhận xử lý.
history-info-requested = { $time } { $date }: cán bộ đề nghị bổ sung thông tin.
history-info-added = { $time } { $date }: bạn bổ sung thông tin.
history-answered = { $time } { $date }: đơn vị đã trả lời.
history-forwarded = { $time } { $date }: chuyển sang đơn vị khác giải quyết.
history-closed = { $time } { $date }: kiến nghị được khép lại.
history-rated = { $time } { $date }: bạn đánh giá câu trả lời.
history-reopened = { $time } { $date }: kiến nghị được mở lại.

status-open = Đang chờ xử lý
status-in-progress = Đang xử lý
status-awaiting-info = Chờ bổ sung thông tin
status-answered = Đã trả lời
status-closed = Đã khép lại

petition-claimed-notice = Kiến nghị { $code } của bạn đang được { $unit } xử lý.
petition-info-requested = ✍️ { $unit } cần thêm thông tin cho kiến nghị { $code }:
petition-more-prompt = Mời bạn gửi thêm thông tin cho kiến nghị { $code } (chữ, tin nhắn thoại, ảnh hoặc vị trí). Gửi xong thì bấm «✅ Xong».
petition-info-received =
    { $count ->
       *[other] Đã nhận { $count } phần bổ sung. Bạn có thể gửi thêm, hoặc bấm «✅ Xong».
    }
petition-info-nothing-yet = Bạn chưa gửi thêm gì. Mời bạn gửi thông tin, rồi bấm «✅ Xong».
petition-info-too-long = Tin này chưa được nhận: kiến nghị và phần bổ sung đã có { $used } ký tự, thêm tin này sẽ quá { $max } ký tự. Mời bạn viết ngắn hơn, hoặc bấm «✅ Xong».
petition-info-after-answer = Kiến nghị { $code } đã có trả lời nên không bổ sung thêm được. Nếu chưa hài lòng, bạn có thể đề nghị xem lại, hoặc gửi kiến nghị mới.
petition-submitted-unseen = Hiện đơn vị này chưa có cán bộ nhận tin trên Loa Thôn. Kiến nghị của bạn đã được lưu và sẽ được xử lý khi có cán bộ; nếu việc gấp, mời bạn đến UBND xã hoặc gọi điện trực tiếp.
petition-info-thanks = Cảm ơn bạn. Thông tin bổ sung đã được chuyển đến đơn vị giải quyết kiến nghị { $code }.
petition-answered = 📬 Kiến nghị { $code } đã có trả lời của { $unit }:
petition-answer-voice = 🎤 Trả lời bằng tin nhắn thoại.
petition-forwarded =
    Kiến nghị { $code } của bạn đã được chuyển đến { $unit } để giải quyết đúng thẩm quyền.
    Lý do: { $reason }
petition-closed-duplicate = Kiến nghị { $code } trùng với kiến nghị { $other } đang được giải quyết, nên được gộp vào kiến nghị đó. Bạn sẽ nhận được câu trả lời của kiến nghị { $other }, và xem được tình hình bằng lệnh /theodoi { $other }.
petition-closed-out-of-scope = Kiến nghị { $code } không thuộc phạm vi giải quyết của xã nên được khép lại. Lý do:

rating-ask = Bạn có hài lòng với câu trả lời cho kiến nghị { $code } không? Mời bạn chọn: 1 là rất không hài lòng, 5 là rất hài lòng.
rating-thanks = Cảm ơn bạn đã đánh giá. Ý kiến của bạn giúp cán bộ làm việc tốt hơn.
rating-already = Kiến nghị { $code } đã được đánh giá, hoặc chưa có trả lời để đánh giá.
rating-offer-reopen = Rất tiếc bạn chưa hài lòng. Bạn có muốn mở lại kiến nghị { $code } để đơn vị xem xét lại không? Mỗi kiến nghị được mở lại một lần.
rating-kept = Cảm ơn bạn. Đánh giá của bạn đã được ghi nhận.
petition-ask-reopen-reason = Mời bạn viết ngắn gọn vì sao câu trả lời chưa thỏa đáng.
petition-reopen-text-only = Mời bạn viết lý do bằng chữ.
petition-reopen-not-possible = Kiến nghị này không mở lại được nữa (mỗi kiến nghị chỉ được mở lại một lần, sau khi đã có trả lời).
petition-reopened = Kiến nghị { $code } đã được mở lại. Hạn trả lời mới: { $due }.

button-cancel = Hủy
button-send = 📨 Gửi đi
button-done = ✅ Xong
button-named = Ghi tên tôi
button-anonymous = 🙈 Giấu tên
button-confirm-petition = ✅ Gửi kiến nghị
button-add-info = ✍️ Gửi thêm thông tin
button-reopen = 🔄 Mở lại
button-no-thanks = Không mở lại
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
petition-draft-category = Lĩnh vực: { $category }. Tôi đã giữ lời bạn viết. Bạn có thể gửi thêm ảnh, tin nhắn thoại, vị trí, hoặc bấm «📨 Gửi đi».
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
helper-contact-ask = 🙋 Người hướng dẫn của bản sẽ nhận tên và bản của bạn. Muốn họ gọi điện cho bạn, mời bạn gõ số điện thoại của bạn. Không muốn thì bấm «Không chia sẻ số».
# Button: ask the helpers without giving a number.
button-reach-nothing = 🙈 Không chia sẻ số
# Button: back to the lesson, nothing asked.
button-back-to-lesson = ‹ Quay lại bài học
# The typed number, shown back before any helper sees it.
helper-phone-confirm = Người hướng dẫn của bản sẽ thấy số { $phone } để gọi cho bạn. Bạn đồng ý chia sẻ số này không?
# Button: agree that the helpers see the number.
button-reach-phone = ✅ Đồng ý chia sẻ
# Typed text that is not a phone number.
helper-phone-invalid = «{ $text }» chưa phải số điện thoại. Mời bạn gõ lại, ví dụ 0912 345 678, hoặc bấm «Không chia sẻ số».
# To the learner, after "Đã nhờ … người hướng dẫn": exactly what the helpers received.
helper-shared-phone = Họ nhận được tên, bản của bạn và số điện thoại { $phone }.
helper-shared-nothing = Họ nhận được tên và bản của bạn, không có số điện thoại. Họ sẽ tìm gặp bạn ở bản.
# To the helper, under the request (and again when they accept it).
helper-contact-phone = 📞 Số điện thoại bạn ấy đồng ý cho bạn: { $phone }
helper-contact-none = Bạn ấy không để lại số điện thoại: bạn hãy tìm gặp ở bản.
