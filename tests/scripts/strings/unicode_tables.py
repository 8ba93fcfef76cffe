# The less common corners of Unicode in str: special casing (one character
# becoming two), casefold, title case digraphs, numeric categories, named
# escapes \N{...}.  Kept apart so the core string tests do not depend on them.
print("ß".upper(), "ﬁ".upper(), "straße".casefold(), "Straße".upper(), "ß".lower())
print("ǅ".lower(), "ǆ".upper(), "ǆemal".title(), "ΣΑΣ".lower())
print("İ".lower() == "i\u0307", len("İ".lower()))
for t in ["٣", "½", "²", "Ⅻ", "३", "一"]:
    print(t, t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum())
print(int("٣٤"), int("१२"), float("٣.٥"))
print("\N{GREEK SMALL LETTER ALPHA}", "\N{SNOWMAN}", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
print("MASSE".casefold() == "maße".casefold(), "ﬀ".casefold())
