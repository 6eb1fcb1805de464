# Announcements (thông báo): admins write them; villages' groups and subscribers receive them.

# A main-menu button label (private chat, villagers): see the latest announcements of their village.
# Quoted in other messages as { menu-news }. Keep it short (≤ ~30 characters); the emoji stays.
menu-news = 📢 Thông báo mới
# A main-menu button label shown to admins only (private chat): write and send an announcement. Keep
# it short (≤ ~30 characters); the emoji stays.
menu-broadcast = 📣 Gửi thông báo

# The first line of every announcement, above its own text: read by everyone in a village group
# chat and by subscribers in their private chat. Capital letters, like a notice board heading.
broadcast-header = 📢 THÔNG BÁO
# A villager in a private chat who pressed «{ menu-news }» when their village has no recent
# announcement.
broadcast-latest-none = Chưa có thông báo mới cho thôn, bản của bạn.
# A villager in a private chat, after pressing «{ menu-subscribe }» or typing /dangky: they will now
# receive their village's announcements here. $village: e.g. "Bản Tả Phìn". /huydangky stays as it
# is.
subscribe-done = 🔔 Bạn đã đăng ký nhận thông báo của { $village }. Thông báo sẽ được gửi vào tin nhắn riêng này. Gõ /huydangky để thôi nhận.
# A villager in a private chat who asks to subscribe but already is. $village: e.g. "Bản Tả Phìn".
subscribe-already = Bạn đã đăng ký nhận thông báo của { $village } rồi.
# A villager in a private chat, after pressing «{ menu-unsubscribe }» or typing /huydangky.
# /dangky stays as it is.
unsubscribe-done = Bạn đã thôi nhận thông báo qua tin nhắn riêng. Gõ /dangky để đăng ký lại.
# A villager in a private chat who asks to unsubscribe but never subscribed. /dangky stays as it is.
unsubscribe-not-subscribed = Bạn chưa đăng ký nhận thông báo. Gõ /dangky để đăng ký.

# An admin in a private chat (addressed as "đồng chí"), after pressing «{ menu-broadcast }» or
# /thongbao: the heading above their recent announcements.
broadcast-recent-title = 📣 Các thông báo gần đây:
# An admin in a private chat, after /thongbao, when no announcement was ever sent.
broadcast-none-yet = Chưa có thông báo nào.
# An admin writing an announcement (private chat): where should it go? One button per commune or
# village follows; several may be chosen.
broadcast-ask-target = Thông báo gửi đến đâu? Mời đồng chí chọn (có thể chọn nhiều nơi):
# Under broadcast-ask-target (admin, private chat): to send to one village only, type its name.
broadcast-village-hint = Muốn gửi riêng một thôn, bản: gõ tên thôn, bản.
# Under broadcast-ask-target (admin, private chat), after choosing places. $areas: the chosen
# places' names joined by commas, e.g. "Xã Dào San, Bản Tả Phìn" (names, not translated).
broadcast-chosen = Đã chọn: { $areas }
# An admin writing an announcement (private chat): send to the village group chats, to subscribers
# in private chats, or both? The buttons follow.
broadcast-ask-audience = Gửi cho ai?
# An admin writing an announcement (private chat): send to the readers of which language? The
# buttons follow.
broadcast-ask-languages = Gửi cho người dùng ngôn ngữ nào?
# An admin writing an announcement (private chat): type the text in the given language. $language:
# the language's own name, e.g. "Tiếng Việt" or "Hmoob (RPA)" (not translated).
broadcast-ask-text = Mời đồng chí gõ nội dung thông báo (ngôn ngữ: { $language }), ngắn gọn, dễ hiểu.
# An admin writing an announcement (private chat), after pressing «{ button-add-voice }»: send a
# voice message reading the announcement.
broadcast-ask-voice = Mời đồng chí gửi tin nhắn thoại đọc thông báo.
# An admin (private chat), before sending: the preview heading. $total: how many places (groups and
# private chats) will receive it, e.g. 37.
broadcast-preview-title = Xem trước: thông báo sẽ đến { $total } nơi.
# One line of the preview (admin, private chat): per language, how many places get it. $language:
# the language's own name, e.g. "Hmoob (RPA)" (not translated); $count: e.g. 12 (plural forms
# select on it).
broadcast-preview-language =
    { $count ->
       *[other] • { $language }: { $count } nơi.
    }
# One line of the preview (admin, private chat) for a language with no version of this announcement:
# those places get the Vietnamese text. $language: e.g. "Hmoob (RPA)" (not translated); $count:
# e.g. 5.
broadcast-preview-fallback =
    { $count ->
       *[other] • { $language }: { $count } nơi — ⚠️ chưa có bản { $language }, sẽ gửi bản tiếng Việt.
    }
# One line of the preview (admin, private chat) per language that has no translation of the bot at
# all in the chosen villages. $language: the language's name from language-label, ALREADY
# TRANSLATED; $people, $groups, $villages: counts, e.g. 8, 2, 3.
broadcast-preview-untranslated = ⚠️ { $language }: chưa có bản dịch; { $people } người và { $groups } nhóm ở { $villages } thôn, bản sẽ đọc tiếng Việt.
# An admin (private chat), in the preview: nobody (no group, no subscriber) is in the chosen places.
broadcast-no-recipients = ⚠️ Chưa có nhóm thôn, bản hay người đăng ký nào ở nơi đã chọn.
# An admin (private chat) who tries to send an announcement without its Vietnamese version.
broadcast-needs-vietnamese = Thông báo cần có bản tiếng Việt trước.
# An admin (private chat), after pressing «{ button-schedule }»: type when to send. Keep the example
# format "07:30 25/12/2026" exactly (hours:minutes day/month/year).
broadcast-ask-time = Gửi lúc nào? Mời đồng chí gõ giờ và ngày, ví dụ: 07:30 25/12/2026.
# An admin (private chat) whose typed time could not be read. Keep the example "07:30 25/12/2026".
broadcast-time-format = Chưa đọc được thời gian. Mời đồng chí gõ theo mẫu: 07:30 25/12/2026.
# An admin (private chat) who typed a time already past.
broadcast-time-past = Thời điểm này đã qua. Mời đồng chí chọn thời điểm sau bây giờ.
# An admin (private chat), after pressing «{ button-send-now }»: sending has started; a result
# follows later. $id: the announcement's number, e.g. 42; $count: places, e.g. 37 (plural forms).
broadcast-started =
    { $count ->
       *[other] 📨 Đang gửi thông báo số { $id } đến { $count } nơi. Khi gửi xong, đồng chí sẽ nhận được kết quả.
    }
# An admin (private chat), after choosing a time. $id: e.g. 42; $when: already written, e.g. "07:30
# 25/12/2026". /thongbao stays as it is.
broadcast-scheduled = 🕒 Thông báo số { $id } sẽ được gửi lúc { $when }. Gõ /thongbao để xem hoặc hủy.
# An admin (private chat), after pressing «{ button-broadcast-cancel }». $id: e.g. 42.
broadcast-cancelled = Đã hủy thông báo số { $id }. Những tin đã gửi đi thì không thu hồi được.
# An admin (private chat) who tries to cancel an announcement already sent or cancelled. $id: e.g.
# 42.
broadcast-not-cancellable = Thông báo số { $id } đã gửi xong hoặc đã hủy, không hủy được nữa.
# An admin (private chat), in the list of recent announcements or after sending: one announcement.
# $id: e.g. 42; $status: e.g. "đã gửi xong", ALREADY TRANSLATED; $total: places, e.g. 37.
broadcast-summary-title =
    { $total ->
       *[other] 📣 Thông báo số { $id } ({ $status }): { $total } nơi nhận.
    }
# Under broadcast-summary-title (admin, private chat): delivery figures. $delivered: arrived, e.g.
# 30; $failed: errors, e.g. 1; $blocked: people who blocked the bot, e.g. 2; $skipped: e.g. 0;
# $pending: still waiting, e.g. 4.
broadcast-figures = Đã đến: { $delivered } · Lỗi: { $failed } · Bị chặn: { $blocked } · Bỏ qua: { $skipped } · Đang chờ: { $pending }
# An announcement's status name (a draft, not sent), shown to admins. Inserted ALREADY TRANSLATED as
# $status into broadcast-summary-title, inside brackets; lower case, a few words.
broadcast-status-draft = bản nháp
# An announcement's status name (scheduled for later), shown to admins. Inserted ALREADY TRANSLATED
# as $status into broadcast-summary-title, inside brackets; lower case, a few words.
broadcast-status-scheduled = đã hẹn giờ
# An announcement's status name (being sent), shown to admins. Inserted ALREADY TRANSLATED as
# $status into broadcast-summary-title, inside brackets; lower case, a few words.
broadcast-status-sending = đang gửi
# An announcement's status name (sent), shown to admins. Inserted ALREADY TRANSLATED as $status
# into broadcast-summary-title, inside brackets; lower case, a few words.
broadcast-status-done = đã gửi xong
# An announcement's status name (cancelled), shown to admins. Inserted ALREADY TRANSLATED as $status
# into broadcast-summary-title, inside brackets; lower case, a few words.
broadcast-status-cancelled = đã hủy

# A button label (admin, private chat) under the recent announcements: write a new one. Keep it
# short (≤ ~30 characters); the emoji stays.
button-broadcast-new = ✏️ Soạn thông báo mới
# A button label (admin, private chat) under a scheduled or sending announcement: cancel it. $id:
# e.g. 42. Keep it short (≤ ~30 characters); the emoji stays.
button-broadcast-cancel = 🛑 Hủy thông báo số { $id }
# A button label (admin, private chat) after choosing places: go on to the next step. Keep it short
# (≤ ~30 characters); keep the › sign.
button-continue = Tiếp ›
# A button label under broadcast-ask-audience (admin, private chat): send to the village group
# chats. Keep it short (≤ ~30 characters); the emoji stays.
button-audience-groups = 👥 Nhóm thôn, bản
# A button label under broadcast-ask-audience (admin): send to villagers subscribed in private
# chats. Keep it short (≤ ~30 characters); the emoji stays.
button-audience-subscribers = 🔔 Người đăng ký nhận tin
# A button label under broadcast-ask-audience (admin): both groups and subscribers. Keep it short
# (≤ ~30 characters).
button-audience-both = Cả hai
# A button label under broadcast-ask-languages (admin): readers of all languages. Keep it short
# (≤ ~30 characters).
button-all-languages = Tất cả ngôn ngữ
# A button label under broadcast-ask-languages (admin): only readers of one language. $language:
# e.g. "Hmoob (RPA)" (not translated). Keep it short (≤ ~30 characters in all).
button-only-language = Chỉ người dùng { $language }
# A button label in the preview (admin): add this announcement's text in another language.
# $language: e.g. "Hmoob (RPA)" (not translated). Keep it short (≤ ~30 characters in all).
button-add-variant = ➕ Thêm bản { $language }
# A button label in the preview (admin): add a voice recording of the announcement. Keep it short
# (≤ ~30 characters); the emoji stays.
button-add-voice = 🎤 Thêm tin nhắn thoại
# A button label in the preview (admin): send now. Keep it short (≤ ~30 characters); the emoji
# stays.
button-send-now = 📨 Gửi ngay
# A button label in the preview (admin): choose a time to send. Keep it short (≤ ~30 characters);
# the emoji stays.
button-schedule = 🕒 Hẹn giờ gửi
# A button label in the preview (admin): mark the announcement urgent (sent before all others).
# Keep it short (≤ ~30 characters); the emoji stays.
button-urgent = 🚨 Khẩn cấp
# A button label in the preview (admin) of an urgent announcement: remove the urgent mark. Keep it
# short (≤ ~30 characters).
button-not-urgent = Bỏ khẩn cấp
# An admin (private chat), in the preview of an announcement marked urgent: what urgent means and
# when to use it (danger to life or property: landslide, flash flood, storm).
broadcast-urgent-note = 🚨 Thông báo khẩn cấp: được gửi trước mọi thông báo khác, các nhóm thôn, bản trước, người đăng ký sau. Chỉ dùng khi có nguy hiểm đến tính mạng, tài sản (sạt lở, lũ quét, bão).
