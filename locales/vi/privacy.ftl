# A person's own data, from «👤 Thông tin của tôi»: withdrawing consent, deleting the data.
# Each step says plainly what will happen before it is done.

# A villager in a private chat who pressed «{ button-consent-more }» under the data notice: the
# details of what is stored, who sees it and their rights (a legal text, following Vietnam's 2025
# Personal Data Protection Law: a translation must be reviewed). Keep { menu-profile } as it is.
consent-details =
    🔒 Chi tiết về dữ liệu của bạn
    • Lưu: tên, tài khoản, ngôn ngữ, nơi ở, đăng ký nhận tin, tiến độ học và kiến nghị bạn gửi.
    • Ai xem: cán bộ đơn vị giải quyết kiến nghị của bạn; gửi giấu tên thì cán bộ không biết ai gửi.
    • Bạn có quyền rút lại đồng ý, xóa dữ liệu («{ menu-profile }») hoặc đề nghị xóa tại UBND xã. Kiến nghị đã gửi được giữ lại, không ghi tên.
    Bạn có đồng ý không?
# Shown above the data notice to someone whose language has no reviewed translation of it: the
# notice and its buttons then appear in Vietnamese. Translate this line first.
consent-in-vietnamese = Thông báo này chưa có bản dịch nên được viết bằng tiếng Việt. Nếu chưa hiểu, bạn có thể nhờ người thân hoặc cán bộ xã đọc giúp.
# A button label under the data notice (private chat): read more details. Keep it short (≤ ~30
# characters); the emoji stays.
button-consent-more = 📄 Xem thêm

# A line of the villager's profile (private chat, «{ menu-profile }»): the day they agreed to the
# data notice. $date: e.g. "25/12/2026", already written.
profile-consent = Đồng ý về dữ liệu cá nhân: ngày { $date }.
# A line of the villager's profile (private chat, «{ menu-profile }») when they have not agreed to
# the data notice.
profile-no-consent = Bạn chưa đồng ý với thông báo về dữ liệu cá nhân.

# A button label under the profile (private chat): withdraw consent to the data notice. Keep it
# short (≤ ~30 characters).
privacy-button-withdraw = Rút lại đồng ý
# A button label under the profile (private chat): delete all my data. Keep it short (≤ ~30
# characters); the emoji stays.
privacy-button-delete = 🗑 Xóa dữ liệu của tôi
# A button label under privacy-withdraw-confirm or privacy-delete-confirm (private chat): no, change
# nothing. Keep it short (≤ ~30 characters).
privacy-button-no = Không
# A button label under privacy-withdraw-confirm (private chat): yes, withdraw my consent. Keep it
# short (≤ ~30 characters).
privacy-withdraw-yes = Có, rút lại đồng ý
# A button label under privacy-delete-confirm (private chat): yes, delete my data. Keep it short
# (≤ ~30 characters).
privacy-delete-yes = Có, xóa dữ liệu
# A button label (private chat): go back to the main menu. Keep it short (≤ ~30 characters); keep
# the ‹ sign.
button-back-to-menu = ‹ Quay lại

# A villager in a private chat, after pressing «{ privacy-button-withdraw }»: explains what
# withdrawing means and asks them to confirm; yes / no buttons follow.
privacy-withdraw-confirm = Nếu rút lại đồng ý, bạn sẽ không gửi được kiến nghị mới, không nhận thông báo riêng và không học được bài trên Loa Thôn cho đến khi đồng ý lại. Thông tin đã lưu vẫn được giữ đến khi bạn yêu cầu xóa. Bạn có muốn rút lại đồng ý không?
# A villager in a private chat, after confirming the withdrawal: what they can and cannot do from
# now on.
privacy-withdrawn =
    Đã rút lại đồng ý. Từ nay bạn không gửi được kiến nghị mới, không nhận thông báo riêng và không học được bài trên Loa Thôn.
    Bạn vẫn đọc được thông báo của xã trong nhóm của thôn, bản, và vẫn nhận được trả lời cho kiến nghị đã gửi.
    Bạn có thể đồng ý lại bất cứ lúc nào.
# A villager in a private chat who pressed «{ privacy-button-withdraw }» without ever having agreed.
privacy-not-consented = Bạn chưa đồng ý với thông báo về dữ liệu nên không có gì để rút lại.

# A villager in a private chat, after pressing «{ privacy-button-delete }»: exactly what will be
# deleted and what kept (petitions, without name); this cannot be undone; yes / no buttons follow.
privacy-delete-confirm = Loa Thôn sẽ xóa tên, tài khoản, ngôn ngữ, nơi ở, đăng ký nhận tin và tiến độ học của bạn. Kiến nghị đã gửi được giữ lại không ghi tên để xã lưu hồ sơ; bạn sẽ không theo dõi hay nhận trả lời được nữa. Việc này không thể hoàn tác. Bạn có chắc chắn muốn xóa không?
# A villager in a private chat, right after their data was deleted (the last message they get; if
# they write again they start as a new user).
privacy-deleted = Đã xóa dữ liệu của bạn. Kiến nghị đã gửi vẫn được giữ lại, không ghi tên. Cảm ơn bạn đã dùng Loa Thôn. Nếu nhắn lại, bạn sẽ bắt đầu như người mới.
# Sent to a villager's private chat when a commune officer deleted their data at their request,
# made in person at the commune People's Committee office.
privacy-deleted-at-office = Theo đề nghị của bạn tại Ủy ban nhân dân xã, dữ liệu của bạn trên Loa Thôn đã được xóa. Kiến nghị đã gửi vẫn được giữ lại, không ghi tên. Nếu nhắn lại, bạn sẽ bắt đầu như người mới.

# A villager in a private chat, after pressing «{ privacy-button-no }»: nothing changed.
privacy-kept = Không có gì thay đổi. Thông tin của bạn vẫn được giữ như cũ.
