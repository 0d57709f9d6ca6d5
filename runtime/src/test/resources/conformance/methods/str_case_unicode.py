samples = [
    "ß", "straße", "STRASSE", "ŉ", "ﬃ", "ﬁre ﬂy", "ǅ", "ǆa", "Ǆungla",
    "ΣΑΣ", "ΑΣ Σ", "ὈΔΥΣΣΕΎΣ", "σοφός", "ΣΊΣΥΦΟΣ.", "ΑΣ'Σ",
    "ᾳ", "İstanbul", "ı", "中a文b", "1st 2nd", "they're bill's",
    "hello world", "HELLO wORLD", "", "ǰ", "և", "ﬓ", "aͅ", "ÿ", "Ÿ",
    "µ", "ſ", "ﬅ", "ΐ", "ǈ", "𐐨𐐀", "mIxEd 123 CaSe", "ẞ", "ꭰᏸᎠ", "ᾼ", "Ⅻ ⓐ",
]
for s in samples:
    print(repr(s))
    print("  upper", repr(s.upper()), "lower", repr(s.lower()))
    print("  swapcase", repr(s.swapcase()), "title", repr(s.title()))
    print("  capitalize", repr(s.capitalize()), "casefold", repr(s.casefold()))
    print("  lens", len(s.upper()), len(s.swapcase()), len(s.title()), len(s.capitalize()))
print("ß".swapcase() == "SS", "ß".title() == "Ss", "ß".upper().lower())
print("ǅ".istitle(), "Ss".istitle(), "ß".islower(), "ß".isupper())
print([c for c in "aßc".swapcase()])
