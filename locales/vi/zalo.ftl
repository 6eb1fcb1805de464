# The Zalo Official Account channel: what admins read about it.

# In an announcement's figures, for the admin who sent it: Zalo followers the message could not
# reach because they have not written to the commune's OA for more than 7 days (Zalo's rule, not
# a fault). Shown only when there are some.
broadcast-figures-outside-window =
    { $count ->
       *[other] Chưa gửi được qua Zalo: { $count } người (quá 7 ngày chưa nhắn cho xã; Zalo chỉ cho gửi khi người dân nhắn lại).
    }

# To every admin, once, when the bot could not renew its permission to send on the commune's Zalo
# OA (the token refresh failed). Zalo messages wait until a person fixes it; a plain, short alert.
zalo-token-refresh-failed = ⚠️ Loa Thôn chưa gia hạn được quyền gửi tin qua Zalo OA của xã, nên tin nhắn Zalo đang phải chờ. Đề nghị đồng chí báo người quản lý kỹ thuật của Loa Thôn cấp lại mã truy cập Zalo.

# On Zalo, which shows at most 5 buttons a message: the message after «Trang sau ›» or
# «‹ Trang trước» was pressed under a longer list (categories, lessons, an officer's actions),
# carrying that page's buttons. { $page } is this page's number, { $pages } how many there are.
buttons-page = Các lựa chọn (trang { $page }/{ $pages }). Bạn bấm nút hoặc gõ số thứ tự của nút.

# Variants of texts that say "bấm nút bên dưới" (press the button below), for where no button can
# be shown: a group the commune's Zalo OA created (GMF), whose messages carry no buttons; and a
# Zalo message passed on by hand, which arrives without its buttons.

# In such a Zalo group, after an admin linked it to a village (after group-linked), for the
# villagers of the group.
group-linked-next-text = Từ nay, thông báo của xã cho thôn, bản này sẽ được gửi vào nhóm. Bà con muốn học kỹ năng số hay gửi kiến nghị thì nhắn tin riêng cho Zalo OA của xã (Loa Thôn).
# In such a Zalo group, to a person who just joined (after group-welcome or group-welcome-village).
group-welcome-private-text = Tôi là Loa Thôn, trợ lý ảo của xã. Muốn nhận thông báo riêng, học kỹ năng số hay gửi kiến nghị, bạn nhắn tin riêng cho Zalo OA của xã (Loa Thôn).
# On Zalo, the message a petition's author passes on to a relative so that they can follow it.
# { $code } is the petition's tracking code, { $shared } the code with its key for /theodoi.
petition-share-text = 🔗 Mời bạn theo dõi kiến nghị { $code } trên Loa Thôn: nhắn cho Zalo OA của xã (hoặc Loa Thôn trên Telegram) tin nhắn: /theodoi { $shared }
