# DRAFT — awaiting review by a native H'Mông speaker. Not reviewed: do not present as final.

menu-title = Koj xav ua dab tsi?
menu-language = 🔤 Hom lus
menu-place = 📍 Koj lub zos
menu-profile = 👤 Kuv cov ntaub ntawv
menu-help = ❓ Kev pab
