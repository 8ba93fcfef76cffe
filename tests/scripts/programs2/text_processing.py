# text processing: word frequencies, caesar cipher, palindromes, anagrams, wrapping
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:<8}{count:>3} {'#' * count}")
print("unique:", len(set(words)), "total:", len(words))
print("longest:", max(words, key=len), "avg len: %.2f" % (sum(map(len, words)) / len(words)))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3); print(enc, caesar(enc, -3))
def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?"]:
    print(repr(s), is_pal(s))
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print([g for g in groups.values() if len(g) > 1])
def wrap(s, width):
    lines, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line); line = w
        else:
            line = f"{line} {w}" if line else w
    if line: lines.append(line)
    return lines
for ln in wrap(text, 30): print(f"|{ln:<30}|")
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels", vowels, "consonants", sum(1 for c in text.lower() if c.isalpha() and c not in "aeiou"))
def rle(s):
    if not s: return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev: n += 1
        else:
            out.append(f"{n}{prev}"); prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit(): num += c
        else: out.append(c * int(num)); num = ""
    return "".join(out)
r = rle("aaabbbccccddddddddddde"); print(r, unrle(r))
print(" ".join(w[::-1] for w in "reverse each word here".split()))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating caps")))
sentence = "the cat sat on the mat with the hat"
print(sentence.count("the"), sentence.replace("the", "a", 2), sentence.title().swapcase())
print({c: sentence.count(c) for c in sorted(set(sentence)) if c != " "})
print(sorted(sentence.split(), key=lambda w: (-len(w), w)))
acronym = "".join(w[0].upper() for w in "portable network graphics".split()); print(acronym)
table = str.maketrans({"a": "4", "e": "3", "o": "0", "s": None})
print("leetspeak is awesome".translate(table))
print("camelCaseToSnake".replace("C", "_c").replace("T", "_t").replace("S", "_s"))
import sys
def snake(s):
    return "".join("_" + c.lower() if c.isupper() else c for c in s).lstrip("_")
print(snake("CamelCaseStringHTTP"), "snake_case_here".split("_"), "".join(p.title() for p in "snake_case_here".split("_")))
