# A person's own data, from «👤 Thông tin của tôi»: withdrawing consent, deleting the data.
# Each step says plainly what will happen before it is done.

# The details behind the data notice's «xem thêm» button (Luật Bảo vệ dữ liệu cá nhân 2025,
# in force 1/1/2026; Nghị định 13/2023). Keep it true to what services::privacy does.
consent-details =
    🔒 Chi tiết về dữ liệu của bạn
    • Lưu: tên, tài khoản, ngôn ngữ, nơi ở, đăng ký nhận tin, tiến độ học và kiến nghị bạn gửi.
    • Ai xem: cán bộ đơn vị giải quyết kiến nghị của bạn; gửi giấu tên thì cán bộ không biết ai gửi.
    • Bạn có quyền rút lại đồng ý, xóa dữ liệu («{ menu-profile }») hoặc đề nghị xóa tại UBND xã. Kiến nghị đã gửi được giữ lại, không ghi tên.
    Bạn có đồng ý không?
# Above the data notice for someone whose language has no reviewed translation of it: the
# notice and its buttons are then shown in Vietnamese. Translate this line first.
consent-in-vietnamese = Thông báo này chưa có bản dịch nên được viết bằng tiếng Việt. Nếu chưa hiểu, bạn có thể nhờ người thân hoặc cán bộ xã đọc giúp.
# A button label. A villager in a private chat, about their own data (consent, deletion) (keep it
# short: about 30 characters fit; the emoji stays). Sent from engine/privacy.rs (show_consent).
button-consent-more = 📄 Xem thêm

# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/dialogue.rs (profile). $date: a date, already written "25/12/2026".
profile-consent = Đồng ý về dữ liệu cá nhân: ngày { $date }.
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/dialogue.rs (profile).
profile-no-consent = Bạn chưa đồng ý với thông báo về dữ liệu cá nhân.

# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (profile_buttons).
privacy-button-withdraw = Rút lại đồng ý
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (profile_buttons).
privacy-button-delete = 🗑 Xóa dữ liệu của tôi
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (yes_no).
privacy-button-no = Không
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (ask_withdraw).
privacy-withdraw-yes = Có, rút lại đồng ý
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (ask_delete).
privacy-delete-yes = Có, xóa dữ liệu
# A button label. A villager in a private chat, about their own data (consent, deletion) (keep it
# short: about 30 characters fit; the emoji stays). Sent from engine/privacy.rs (profile_buttons).
button-back-to-menu = ‹ Quay lại

# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (ask_withdraw).
privacy-withdraw-confirm = Nếu rút lại đồng ý, bạn sẽ không gửi được kiến nghị mới, không nhận thông báo riêng và không học được bài trên Loa Thôn cho đến khi đồng ý lại. Thông tin đã lưu vẫn được giữ đến khi bạn yêu cầu xóa. Bạn có muốn rút lại đồng ý không?
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (withdraw).
privacy-withdrawn =
    Đã rút lại đồng ý. Từ nay bạn không gửi được kiến nghị mới, không nhận thông báo riêng và không học được bài trên Loa Thôn.
    Bạn vẫn đọc được thông báo của xã trong nhóm của thôn, bản, và vẫn nhận được trả lời cho kiến nghị đã gửi.
    Bạn có thể đồng ý lại bất cứ lúc nào.
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (ask_withdraw).
privacy-not-consented = Bạn chưa đồng ý với thông báo về dữ liệu nên không có gì để rút lại.

# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (ask_delete).
privacy-delete-confirm = Loa Thôn sẽ xóa tên, tài khoản, ngôn ngữ, nơi ở, đăng ký nhận tin và tiến độ học của bạn. Kiến nghị đã gửi được giữ lại không ghi tên để xã lưu hồ sơ; bạn sẽ không theo dõi hay nhận trả lời được nữa. Việc này không thể hoàn tác. Bạn có chắc chắn muốn xóa không?
# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (delete).
privacy-deleted = Đã xóa dữ liệu của bạn. Kiến nghị đã gửi vẫn được giữ lại, không ghi tên. Cảm ơn bạn đã dùng Loa Thôn. Nếu nhắn lại, bạn sẽ bắt đầu như người mới.
# A villager in a private chat, about their own data (consent, deletion). Sent from
# services/privacy.rs (delete_data).
privacy-deleted-at-office = Theo đề nghị của bạn tại Ủy ban nhân dân xã, dữ liệu của bạn trên Loa Thôn đã được xóa. Kiến nghị đã gửi vẫn được giữ lại, không ghi tên. Nếu nhắn lại, bạn sẽ bắt đầu như người mới.

# A villager in a private chat, about their own data (consent, deletion). Sent from
# engine/privacy.rs (button).
privacy-kept = Không có gì thay đổi. Thông tin của bạn vẫn được giữ như cũ.
