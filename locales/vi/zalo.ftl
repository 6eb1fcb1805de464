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
zalo-token-refresh-failed = ⚠️ Loa Thôn chưa gia hạn được quyền gửi tin qua Zalo OA của xã, nên tin nhắn Zalo đang phải chờ. Đề nghị quản trị viên cấp lại mã truy cập Zalo (refresh token) theo hướng dẫn cài đặt, rồi khởi động lại Loa Thôn.
