import string, keyword
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('  hello   big world '), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'x', 'what': 'y'}))
print(string.Template('$a and $b').safe_substitute(a=1), string.Template('${x}$y$').safe_substitute(y=2))
for tmpl, kw in [('$x', {}), ('cost $ 5', {}), ('line\n  ${bad', {})]:
    try:
        string.Template(tmpl).substitute(**kw)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
f = string.Formatter()
print(f.format('{0} + {1} = {2:>4}', 1, 2, 3), f.format('{name!r:^9}|{x[0]}', name='ab', x=[7]))
print(f.format('{} {}', 'a', 'b'), f.format('{:{w}}|', 'z', w=4), list(f.parse('a{0!r:>3}b{{c')))
class Up(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Up().format('{} and {:x}', 'abc', 255))
print(len(keyword.kwlist), keyword.softkwlist, keyword.iskeyword('for'), keyword.iskeyword('match'),
      keyword.issoftkeyword('match'), keyword.iskeyword('print'))
