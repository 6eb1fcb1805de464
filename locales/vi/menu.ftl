# The main menu and the profile.

menu-title = Bạn muốn làm gì?
menu-language = 🔤 Ngôn ngữ
menu-place = 📍 Nơi ở
menu-profile = 👤 Thông tin của tôi
menu-help = ❓ Trợ giúp

profile =
    👤 Thông tin của bạn
    Ngôn ngữ: { $language }
    Nơi ở: { $place }
    Vai trò: { $roles }
