# The main menu and the profile.

# The question heading the main menu, in a private chat (villager, officer or admin); the menu's
# buttons follow under it. Not a button.
menu-title = Bạn muốn làm gì?
# A main-menu button label (private chat): change the language the bot speaks. Also quoted inside
# other messages as { menu-language }. Keep it short (≤ ~30 characters; Zalo buttons are narrow);
# the emoji stays.
menu-language = 🔤 Ngôn ngữ
# A main-menu button label (private chat): change one's commune and village. Also quoted in other
# messages as { menu-place }. Keep it short (≤ ~30 characters); the emoji stays.
menu-place = 📍 Nơi ở
# A main-menu button label (private chat): "my information" – see what the bot stores, withdraw
# consent, delete data. Quoted in help-text and the data notice as { menu-profile }. Keep it short
# (≤ ~30 characters); the emoji stays.
menu-profile = 👤 Thông tin của tôi
# A main-menu button label (private chat): show the help text. Keep it short (≤ ~30 characters);
# the emoji stays.
menu-help = ❓ Trợ giúp
# A main-menu button label (private chat), shown to a villager who does not yet receive the
# village's announcements: pressing it starts receiving them. Quoted in other messages as
# { menu-subscribe }. Keep it short (≤ ~30 characters); the emoji stays.
menu-subscribe = 🔔 Nhận thông báo
# A main-menu button label (private chat), shown to a villager who receives the village's
# announcements: pressing it stops them. Keep it short (≤ ~30 characters); the emoji stays.
menu-unsubscribe = 🔕 Thôi nhận thông báo

# Anyone in a private chat after pressing «{ menu-profile }»: what the bot stores about them.
# $language: the chosen language's own name, e.g. "Hmoob (RPA)" (not translated); $place: village
# and commune, e.g. "Bản Tả Phìn, Xã Dào San"; $roles: the person's roles, e.g. "Người dân",
# ALREADY TRANSLATED (do not translate again).
profile =
    👤 Thông tin của bạn
    Ngôn ngữ: { $language }
    Nơi ở: { $place }
    Vai trò: { $roles }
