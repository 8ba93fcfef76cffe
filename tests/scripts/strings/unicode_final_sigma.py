# Final sigma: capital sigma lowercases to final sigma after a cased letter
# and not before one, looking through Case_Ignorable characters on both sides.
# Bug fixed: Case_Ignorable was a short hand-made list (it missed U+037A,
# modifier letters, format characters...); it now comes from the tables.
cases = []
for i in list(range(0x370, 0x400, 3)) + [0x2B0, 0x2C6, 0x37A, 0x387, 0x483, 0x200D, 0xFE13, 0xFF0E, 0x1D2C, 0xA788]:
    for j in (0x3a3, 0x3c3):
        for tail in ('', ' ', 'A', '.', '\u0301', "'", '\u00ad'):
            cases.append(chr(i) + chr(j) + tail)
for s in cases:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.casefold()), ascii(s.swapcase()))
print(ascii('ΟΔΟΣ ΟΔΟΣ. ὈΔΌΣ\u0345Σ Σ ΑΣ\u200dΑ'.lower()), ascii('aΣ\u0345b aΣ\u00ad bΣ\u0301'.lower()))
def dig(s):
    h = 0
    for c in s:
        h = (h * 31 + ord(c)) % 1000000007
    return h
words = ' '.join(chr(i) + chr(j) for i in range(0x370, 0x400) for j in (0x3a3, 0x3c3, 0x20, 0x41))
print(dig(words.lower()), dig(words.upper()), dig(words.title()))
