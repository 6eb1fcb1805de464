# The main menu and the profile.

menu-title = Bạn muốn làm gì?
menu-language = 🔤 Ngôn ngữ
menu-place = 📍 Nơi ở
menu-profile = 👤 Thông tin của tôi
menu-help = ❓ Trợ giúp
# The village's announcements in the private chat: the button shows what pressing it does.
menu-subscribe = 🔔 Nhận thông báo
menu-unsubscribe = 🔕 Thôi nhận thông báo

profile =
    👤 Thông tin của bạn
    Ngôn ngữ: { $language }
    Nơi ở: { $place }
    Vai trò: { $roles }
