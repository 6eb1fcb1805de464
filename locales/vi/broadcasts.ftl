# Announcements (thông báo): admins write them; villages' groups and subscribers receive them.

# A button of the main menu, also named in other messages through { menu-news } (keep it short;
# the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-news = 📢 Thông báo mới
# A button of the main menu, also named in other messages through { menu-broadcast } (keep it
# short; the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-broadcast = 📣 Gửi thông báo

# Everyone receiving an announcement (a village group: bà con; a subscriber: bạn): the first line,
# above the announcement's own text. Sent from services/broadcasts.rs (message_for).
broadcast-header = 📢 THÔNG BÁO
# A villager in a private chat, about receiving announcements of their village. Sent from
# engine/broadcast.rs (latest).
broadcast-latest-none = Chưa có thông báo mới cho thôn, bản của bạn.
# A villager in a private chat, about receiving announcements of their village. Sent from
# engine/broadcast.rs (subscribe). $village: the name of a village (thôn, bản), e.g. "Bản Tả
# Phìn".
subscribe-done = 🔔 Bạn đã đăng ký nhận thông báo của { $village }. Thông báo sẽ được gửi vào tin nhắn riêng này. Gõ /huydangky để thôi nhận.
# A villager in a private chat, about receiving announcements of their village. Sent from
# engine/broadcast.rs (subscribe). $village: the name of a village (thôn, bản), e.g. "Bản Tả
# Phìn".
subscribe-already = Bạn đã đăng ký nhận thông báo của { $village } rồi.
# A villager in a private chat, about receiving announcements of their village. Sent from
# engine/broadcast.rs (unsubscribe).
unsubscribe-done = Bạn đã thôi nhận thông báo qua tin nhắn riêng. Gõ /dangky để đăng ký lại.
# A villager in a private chat, about receiving announcements of their village. Sent from
# engine/broadcast.rs (unsubscribe).
unsubscribe-not-subscribed = Bạn chưa đăng ký nhận thông báo. Gõ /dangky để đăng ký.

# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (start).
broadcast-recent-title = 📣 Các thông báo gần đây:
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (start).
broadcast-none-yet = Chưa có thông báo nào.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (ask_target).
broadcast-ask-target = Thông báo gửi đến đâu? Mời đồng chí chọn (có thể chọn nhiều nơi):
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (ask_target).
broadcast-village-hint = Muốn gửi riêng một thôn, bản: gõ tên thôn, bản.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (ask_target). $areas: a count of areas.
broadcast-chosen = Đã chọn: { $areas }
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (ask_audience).
broadcast-ask-audience = Gửi cho ai?
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (ask_languages).
broadcast-ask-languages = Gửi cho người dùng ngôn ngữ nào?
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (ask_text). $language: a language's name (its own name, e.g. "Hmoob (RPA)"),
# not to be translated.
broadcast-ask-text = Mời đồng chí gõ nội dung thông báo (ngôn ngữ: { $language }), ngắn gọn, dễ hiểu.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (button).
broadcast-ask-voice = Mời đồng chí gửi tin nhắn thoại đọc thông báo.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (review). $total: a total count.
broadcast-preview-title = Xem trước: thông báo sẽ đến { $total } nơi.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (review). $count: a number (plural forms select on it); $language: a
# language's name (its own name, e.g. "Hmoob (RPA)"), not to be translated.
broadcast-preview-language =
    { $count ->
       *[other] • { $language }: { $count } nơi.
    }
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (review). $count: a number (plural forms select on it); $language: a
# language's name (its own name, e.g. "Hmoob (RPA)"), not to be translated.
broadcast-preview-fallback =
    { $count ->
       *[other] • { $language }: { $count } nơi — ⚠️ chưa có bản { $language }, sẽ gửi bản tiếng Việt.
    }
# The broadcast preview, read by the admin before sending: one line per language that has no
# translation at all among the target's villages (their people and groups read the Vietnamese
# text). $language: the language as `language-label` names it, already in the admin's language;
# $villages, $people, $groups: counts.
broadcast-preview-untranslated = ⚠️ { $language }: chưa có bản dịch; { $people } người và { $groups } nhóm ở { $villages } thôn, bản sẽ đọc tiếng Việt.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (review).
broadcast-no-recipients = ⚠️ Chưa có nhóm thôn, bản hay người đăng ký nào ở nơi đã chọn.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (send).
broadcast-needs-vietnamese = Thông báo cần có bản tiếng Việt trước.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (button).
broadcast-ask-time = Gửi lúc nào? Mời đồng chí gõ giờ và ngày, ví dụ: 07:30 25/12/2026.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (input).
broadcast-time-format = Chưa đọc được thời gian. Mời đồng chí gõ theo mẫu: 07:30 25/12/2026.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (input).
broadcast-time-past = Thời điểm này đã qua. Mời đồng chí chọn thời điểm sau bây giờ.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (send). $count: a number (plural forms select on it); $id: the
# announcement's number.
broadcast-started =
    { $count ->
       *[other] 📨 Đang gửi thông báo số { $id } đến { $count } nơi. Khi gửi xong, đồng chí sẽ nhận được kết quả.
    }
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (send). $id: the announcement's number; $when: a time and date, already
# written "07:30 25/12/2026".
broadcast-scheduled = 🕒 Thông báo số { $id } sẽ được gửi lúc { $when }. Gõ /thongbao để xem hoặc hủy.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (cancel). $id: the announcement's number.
broadcast-cancelled = Đã hủy thông báo số { $id }. Những tin đã gửi đi thì không thu hồi được.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# engine/broadcast.rs (cancel). $id: the announcement's number.
broadcast-not-cancellable = Thông báo số { $id } đã gửi xong hoặc đã hủy, không hủy được nữa.
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# services/broadcasts.rs (render_figures). $id: the announcement's number; $status: the status,
# ALREADY TRANSLATED into the reader's language (another message); $total: a total count.
broadcast-summary-title =
    { $total ->
       *[other] 📣 Thông báo số { $id } ({ $status }): { $total } nơi nhận.
    }
# An admin composing or following an announcement in a private chat (address: đồng chí). Sent from
# services/broadcasts.rs (render_figures). $blocked: a count of people who blocked the bot;
# $delivered: a count of messages delivered; $failed: a count that failed; $pending: a count still
# waiting; $skipped: a count skipped.
broadcast-figures = Đã đến: { $delivered } · Lỗi: { $failed } · Bị chặn: { $blocked } · Bỏ qua: { $skipped } · Đang chờ: { $pending }
# The name of an announcement's state, used inside other messages as $status (admin).
broadcast-status-draft = bản nháp
# The name of an announcement's state, used inside other messages as $status (admin).
broadcast-status-scheduled = đã hẹn giờ
# The name of an announcement's state, used inside other messages as $status (admin).
broadcast-status-sending = đang gửi
# The name of an announcement's state, used inside other messages as $status (admin).
broadcast-status-done = đã gửi xong
# The name of an announcement's state, used inside other messages as $status (admin).
broadcast-status-cancelled = đã hủy

# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (start).
button-broadcast-new = ✏️ Soạn thông báo mới
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (start). $id: the announcement's number.
button-broadcast-cancel = 🛑 Hủy thông báo số { $id }
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (ask_target).
button-continue = Tiếp ›
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (ask_audience).
button-audience-groups = 👥 Nhóm thôn, bản
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (ask_audience).
button-audience-subscribers = 🔔 Người đăng ký nhận tin
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (ask_audience).
button-audience-both = Cả hai
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (ask_languages).
button-all-languages = Tất cả ngôn ngữ
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (ask_languages). $language: a language's name (its own name, e.g. "Hmoob (RPA)"), not to be
# translated.
button-only-language = Chỉ người dùng { $language }
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (review). $language: a language's name (its own name, e.g. "Hmoob (RPA)"), not to be translated.
button-add-variant = ➕ Thêm bản { $language }
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (review).
button-add-voice = 🎤 Thêm tin nhắn thoại
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (review).
button-send-now = 📨 Gửi ngay
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (review).
button-schedule = 🕒 Hẹn giờ gửi
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (review).
button-urgent = 🚨 Khẩn cấp
# A button label. An admin composing or following an announcement in a private chat (address: đồng
# chí) (keep it short: about 30 characters fit; the emoji stays). Sent from engine/broadcast.rs
# (review).
button-not-urgent = Bỏ khẩn cấp
# Everyone receiving an urgent announcement (landslide, flash flood, storm): a line added to it.
# Sent from engine/broadcast.rs (review).
broadcast-urgent-note = 🚨 Thông báo khẩn cấp: được gửi trước mọi thông báo khác, các nhóm thôn, bản trước, người đăng ký sau. Chỉ dùng khi có nguy hiểm đến tính mạng, tài sản (sạt lở, lũ quét, bão).
