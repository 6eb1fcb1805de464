# The main menu and the profile.

# A button of the main menu, also named in other messages through { menu-title } (keep it short;
# the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-title = Bạn muốn làm gì?
# A button of the main menu, also named in other messages through { menu-language } (keep it
# short; the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-language = 🔤 Ngôn ngữ
# A button of the main menu, also named in other messages through { menu-place } (keep it short;
# the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-place = 📍 Nơi ở
# A button of the main menu, also named in other messages through { menu-profile } (keep it short;
# the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-profile = 👤 Thông tin của tôi
# A button of the main menu, also named in other messages through { menu-help } (keep it short;
# the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-help = ❓ Trợ giúp
# The village's announcements in the private chat: the button shows what pressing it does.
menu-subscribe = 🔔 Nhận thông báo
# A button of the main menu, also named in other messages through { menu-unsubscribe } (keep it
# short; the emoji stays). Sent from engine/dialogue.rs (show_menu).
menu-unsubscribe = 🔕 Thôi nhận thông báo

# A person in a private chat looking at «{ menu-profile }»: what the bot stores about them. Sent
# from engine/dialogue.rs (profile). $language: a language's name (its own name, e.g. "Hmoob
# (RPA)"), not to be translated; $place: a place name; $roles: the person's roles, already
# translated.
profile =
    👤 Thông tin của bạn
    Ngôn ngữ: { $language }
    Nơi ở: { $place }
    Vai trò: { $roles }
