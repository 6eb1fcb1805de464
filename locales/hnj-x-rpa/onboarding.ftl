# DRAFT — awaiting review by a native H'Mông speaker. Not reviewed: do not present as final.
# Onboarding. The data notice (consent-notice) is a legal text: it stays in Vietnamese until a
# reviewed translation exists.

language-choose = Thov xaiv koj hom lus:
language-set = Koj xaiv hom lus: { $language }.

place-choose-commune = Koj nyob lub xã twg? Thov xaiv:
place-choose-village = Koj nyob lub zos twg hauv { $commune }?
place-several-found =
    { $count ->
       *[other] Muaj { $count } qhov chaw zoo li koj sau. Thov xaiv koj qhov chaw:
    }
place-set = Koj nyob { $village }, { $commune }.

button-previous = ‹ Rov qab
button-next = Tom ntej ›
button-agree = ✅ Pom zoo
button-disagree = Tsis pom zoo

onboarding-done = Ua tsaug! Koj sau npe tiav lawm.
