# format(str, spec): alignment, fill, width and precision in code points,
# and the errors of signs, '#', '=', grouping and unknown codes.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for spec in ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '05', '<05', '.1', '.0', '10.2', 'x^9.2',
             '😀>4', 'é<4', '.10', '1', '^']:
    print(repr(spec), repr(format('abc', spec)), repr(format('é😀', spec)), repr(format('', spec)))
print(format('日本語', '^9'), format('日本語', '.2'), format('ab', '05'), format('x', '\x00>3') == '\x00\x00x')
for spec in ['+', '-', ' ', '#', '=5', ',', '_', 'd', '.', 'xx', '5.2.3', '\n', 'é', '0=5', ' 5']:
    show(repr(spec), lambda: format('ab', spec))
class S(str):
    def __str__(self):
        return 'custom'
print(format(S('abc'), ''), format(S('abc'), '>5'), '{}'.format(S('q')), '{:3}|'.format(S('q')))
print(str.__format__('abc', '^7'), 'x'.__format__(''), f'{"hi":*>6}', f'{"hi"!r:^8}')
