# String literals: quotes, escapes, raw strings, triple quotes, implicit
# concatenation, unicode escapes, and repr() choosing quotes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "new\nline", "back\\slash", "bell\a".endswith("\a"))
print("\x41\x42\u00e9\u4e2d\U0001F600", "\101\102", "\0" == chr(0))
print(r"raw \n stays", r'C:\path\to', R"\d+\s*")
print("implicit" " concatenation" ' works')
s = """line one
line two
    indented"""
print(s)
print(len(s), s.count("\n"))
t = "continued \
line"
print(t)
for v in ["plain", "it's", 'say "x"', "both ' and \"", "tab\t", "nl\n", "\\", "\x00\x7f", "é", "\u200b", "😀", ""]:
    print(repr(v))
print(repr("a\rb"), repr("\x1b[0m"), ascii("é😀"), ascii("plain"))
print(str("x"), str(5), str(None), str([1, "a"]), str(("t",)))
print("abc" "def" == "abcdef", 'a' == "a")
