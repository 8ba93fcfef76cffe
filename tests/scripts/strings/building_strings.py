# Building strings in loops and with helpers: +=, join, repetition, str()
# of containers, multiline output, word counting, reversing words, and
# checking that strings are immutable values (aliases never change).
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
acc = ""
for ch in "abc":
    acc += ch.upper() + "-"
print(acc, acc.rstrip("-"))
a = "same"
b = a
a += " changed"
print(a, "|", b)
sentence = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in sentence.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(" ".join(reversed(sentence.split())))
print(" ".join(w[::-1] for w in sentence.split()[:4]))
print(" ".join(w.capitalize() for w in sentence.split()))
grid = "\n".join("".join("#" if (r + c) % 2 else "." for c in range(6)) for r in range(3))
print(grid)
vowels = sum(1 for c in sentence if c in "aeiou")
print("vowels:", vowels, "letters:", sum(c.isalpha() for c in sentence))
print(str([1, 'two', 3.0, None, True]), str({"a": [1, (2, 3)]}), str((1,)), str(()))
print(repr("x") + str("x"), "%s" % "x" + "{}".format("x"))
def is_palindrome(text):
    clean = "".join(c.lower() for c in text if c.isalnum())
    return clean == clean[::-1]
for t in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(t), is_palindrome(t))
def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(s[i] + (str(j - i) if j - i > 1 else ""))
        i = j
    return "".join(out)
print(compress("aaabccddddde"), compress(""), compress("abc"))
