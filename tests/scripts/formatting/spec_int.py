# format(int, spec): b c d o x X n, '#' prefixes, ',' and '_' grouping,
# signs, '=' alignment, zero padding, fill characters, big ints, bool.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for spec in ['', 'd', '5', '<5', '>5', '^5', '^6', '=5', '05', '+', '-', ' ', '+5', '=+5', '*^9',
             'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', '08x', '#08x', ',', '_', '_x',
             '#_b', '_o', '012,', '012_', '0=12,', 'x<#10x', '+,', ' ,', 'n', '10n', '%', 'e',
             '.2f', 'g', 'E', '.3%', ',.1f', '😀^8', '\x00<4', 'é>5']:
    print(repr(spec), repr(format(1234567, spec)), repr(format(-255, spec)), repr(format(0, spec)))
for v in [10**30, -10**30, 2**64, 2**100 - 1]:
    print(format(v, ','), format(v, '_x'), format(v, '#o'), format(v, '>50'), format(v, 'e'))
print(format(65, 'c'), format(233, 'c'), format(0x1F600, 'c'), format(65, '>5c'), format(65, '*<3c'))
print(format(True, ''), format(True, 'd'), format(True, '>5'), format(False, '#x'), format(True, '.2f'))
print(format(-1234567, '015,'), format(1234, '010,'), format(-255, '#010x'), format(0xabcdef, '_x'))
print(format(12, '=^+#010_x'), format(5, '\U0001F600<5'), format(5, '٣'), format(-5, '*=6'))
show('precision', lambda: format(5, '.2'))
show('c sign', lambda: format(5, '+c'))
show('c alt', lambda: format(65, '#c'))
show('c negative', lambda: format(-1, 'c'))
show('c huge', lambda: format(2**70, 'c'))
show('c big', lambda: format(0x110000, 'c'))
show(', x', lambda: format(5, ',x'))
show(', _', lambda: format(5, ',_'))
show('_ ,', lambda: format(5, '_,'))
show(', c', lambda: format(5, ',c'))
show(', n', lambda: format(5, ',n'))
show('s', lambda: format(5, 's'))
show('bool s', lambda: format(True, 's'))
show('\\x01', lambda: format(5, '\x01'))
show('é', lambda: format(5, 'é'))
show(', \\x01', lambda: format(5, ',\x01'))
show('digits', lambda: format(5, '999999999999999999999'))
show('bad', lambda: format(5, 'xx'))
show('e overflow', lambda: format(2**2000, 'e'))
show('spec int', lambda: format(5, 5))
show('missing precision', lambda: format(5, '.'))
print(int.__format__(5, 'x'), (255).__format__('#b'), f'{42:>6}', f'{-42:+08,}', f'{255:#_x}')
