# Text statistics over an embedded passage: word frequencies with ties
# broken alphabetically, sentence and paragraph counts, longest words,
# letter histogram, average word length, and a simple concordance.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us, we were all going
direct to Heaven, we were all going direct the other way. In short, the
period was so far like the present period!  Was it?"""
paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
words = []
for raw in TEXT.split():
    w = raw.strip(".,!?;:").lower()
    if w:
        words.append(w)
sentences = sum(TEXT.count(c) for c in ".!?")
print("paragraphs:", len(paragraphs), "sentences:", sentences, "words:", len(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>8} {n:3d} {'*' * n}")
print("unique words:", len(freq), "hapax legomena:", sum(1 for n in freq.values() if n == 1))
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print("longest:", longest)
print("average length: %.3f" % (sum(map(len, words)) / len(words)))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:6]
print("common letters:", " ".join(f"{c}={letters[c]}" for c in common))
print("missing letters:", "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters))
def concordance(target, width=3):
    out = []
    for i, w in enumerate(words):
        if w == target:
            left = " ".join(words[max(0, i - width):i])
            right = " ".join(words[i + 1:i + 1 + width])
            out.append(f"{left:>24} [{w}] {right}")
    return out
print("\n".join(concordance("season")))
print("\n".join(concordance("period", 2)))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n])[:4], len(lengths[n]))
capitalized = sorted({raw.strip(".,!?") for raw in TEXT.split() if raw[0].isupper()})
print(capitalized)
