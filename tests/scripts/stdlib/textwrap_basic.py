import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known sentence, used to "
        "display typefaces and test keyboards; it contains every letter of the alphabet.")
for w in (10, 25, 40, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('a' * 25, 10), textwrap.wrap('a' * 25, 10, break_long_words=False))
print(textwrap.wrap('supercalifragilistic-expialidocious-word here', 12))
print(textwrap.wrap('  leading and\ttabs\nnewline   ', 12), textwrap.wrap(''))
print(textwrap.wrap('one two three four five six', 9, max_lines=2))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello  world!', width=11),
      repr(textwrap.shorten('Hello world', width=10, placeholder='...')))
print(repr(textwrap.dedent('''
    def f():
        return 1
  \t
    x = 2
''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    a\n  b\n      c')))
print(repr(textwrap.indent('a\n\nb\n', '> ')), repr(textwrap.indent('a\n\nb', '+', lambda l: True)))
print(textwrap.wrap('Hello there.  How are you? Fine.', 14, fix_sentence_endings=True))
print(textwrap.wrap('A-B-C-D long-word-with-dashes', 8))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print(e)
