# Voice prompts (bản ghi âm) and the data notice for people who do not read it.
# A recorder is an admin or a reviewer an admin named for one language: "bạn". Villagers: "bạn".

# KEY MESSAGE, recorded in each language: the short summary of the data notice, shown at the
# consent step in a language whose summary is reviewed, and read aloud in the recordings.
# Keep it true to consent-notice (onboarding.ftl). No variables.
consent-summary =
    🔒 Loa Thôn lưu ngôn ngữ, nơi ở và tin bạn gửi, chỉ để gửi thông báo, bài học và chuyển kiến nghị của bạn. Chỉ cán bộ có trách nhiệm được xem.
    Bạn có thể rút lại đồng ý hoặc xóa dữ liệu bất cứ lúc nào. Bạn có đồng ý không?
# The caption of a recording sent before a key message, to a person who chose to listen.
voice-caption = 🔊 Nghe đọc tin dưới đây
# The caption of the data notice's recording at the consent step. $language: the language's own
# name, e.g. "Hmoob".
consent-voice-caption = 🔊 Tóm tắt thông báo về dữ liệu, đọc bằng { $language }.

# The main menu's button, and the answers to it. The label says what pressing it does.
menu-voice-on = 🔊 Nghe bằng giọng nói
# The same menu button for a person who listens by voice now: pressing it stops the recordings.
menu-voice-off = 🔇 Thôi nghe giọng nói
# After turning voice on. $language: the person's language, own name ("Tiếng Việt", "Hmoob");
# $count: how many recordings that language has now (1 or more).
voice-listen-on = Từ nay, các tin chính (lời chào, menu, gửi kiến nghị, bài học) sẽ kèm bản ghi âm bằng { $language }. Hiện có { $count } bản ghi.
# After turning voice on, when the person's language has no recording yet. $language as above.
voice-listen-on-none = Đã bật. Hiện chưa có bản ghi âm bằng { $language }; khi xã ghi âm xong, bạn sẽ nhận được bản ghi kèm theo tin. Bạn vẫn đọc được chữ như trước.
# After turning voice off.
voice-listen-off = Đã tắt nghe giọng nói. Từ nay bạn nhận tin bằng chữ.

# The recording flow (`/ghiam TAG`), for recorders only.
# Someone without the right typed /ghiam.
voice-not-allowed = Chỉ quản trị viên, hoặc người được quản trị viên giao ghi âm ngôn ngữ này, mới ghi âm được.
# /ghiam without a language, or with one the bot does not have. $tags: the tags to choose from,
# e.g. "vi, hnj".
voice-usage = Mời bạn gõ /ghiam và mã ngôn ngữ cần ghi âm, ví dụ /ghiam hnj. Các mã hiện có: { $tags }.
# At the start. $language: own name of the language recorded; $total: number of messages.
voice-record-intro = 🎙 Ghi âm bằng { $language }: { $total } tin. Với mỗi tin, bạn đọc chữ tiếng Việt bên dưới, rồi gửi một tin nhắn thoại đọc tin đó bằng { $language }. Không ghi tin nào thì bấm «{ button-voice-skip }».
# One message to record. $n: its number; $total: how many; $id: the message id (for the
# translators' files); $text: its Vietnamese text, variables shown as { $code }.
voice-record-item =
    🎙 Tin { $n }/{ $total } ({ $id }):
    { $text }
# Under an item already recorded. $date: "05/01/2026".
voice-record-has = Tin này đã có bản ghi ngày { $date }. Gửi bản mới sẽ thay bản cũ.
# Under an item whose language has its own written translation. $text: that translation.
voice-record-own = Bản dịch đã có: { $text }
# A recording was kept.
voice-record-saved = ✅ Đã lưu bản ghi.
# Text or a photo instead of a voice note during recording.
voice-record-hint = Mời bạn gửi tin nhắn thoại (giữ nút micro để nói), hoặc bấm «{ button-voice-skip }».
# The end. $recorded: messages of the language that have a recording; $total; $language.
voice-record-done = Đã xong. { $language } có bản ghi cho { $recorded }/{ $total } tin.
# Recording flow (admins, reviewers), button under each key message: go to the next one without recording.
button-voice-skip = ⏭ Bỏ qua
# Recording flow, button under each key message: stop recording; what was recorded is kept.
button-voice-stop = ⏹ Dừng ghi âm

# Consent for someone who cannot read the Vietnamese notice: a button asking the village's
# relayers and digital helpers to read it with them.
button-consent-reader = 🙋 Nhờ người ở thôn, bản đọc giúp
# To each relayer and digital helper of the village, privately. $name: the person's name;
# $village: "Bản Gia Khâu"; $language: the language they use, own name.
consent-reader-request = 🙋 { $name } ở { $village } nhờ bạn đọc và giải thích giúp thông báo về dữ liệu cá nhân của Loa Thôn (người này dùng { $language }). Xin bạn liên hệ giúp.
# To the person, after the button. $count: how many helpers were told.
consent-reader-told = Đã báo { $count } người hướng dẫn, người chuyển tin của thôn, bản. Họ sẽ liên hệ để đọc giúp bạn.
# Pressed again the same day.
consent-reader-already = Bạn đã nhờ người đọc giúp rồi. Họ sẽ liên hệ bạn.
# The village has no relayer or digital helper on the bot.
consent-reader-nobody = Thôn, bản của bạn chưa có người hướng dẫn trên Loa Thôn. Bạn có thể nhờ người thân hoặc cán bộ xã đọc giúp.
# After "Không đồng ý": what still works, then the menu.
consent-declined-open = Bạn vẫn đọc được thông báo của xã («{ menu-news }») và học bài («{ menu-learn }»), nhưng tiến độ học không được lưu. Muốn gửi kiến nghị, nhận thông báo riêng, bạn đồng ý ở «{ menu-profile }» lúc nào cũng được.
