# DRAFT — awaiting review by a native H'Mông speaker. Not reviewed: do not present as final.
# Written in the Hmong RPA alphabet (Hmoob). Communities in Vietnam also read the Vietnamese-based
# Hmong script; the reviewer should choose. Anything not here falls back to Vietnamese (vi).
# Plurals: use *[other] only (fluent-bundle applies English plural rules to this tag).


welcome = Nyob zoo! Kuv yog Loa Thôn, tus pab xa xov ntawm koj lub xã.
welcome-back = Zoo siab tau ntsib koj dua!
cancelled = Tso tseg lawm.
hint-choose-button = Thov nias ib lub khawm hauv qab no.
