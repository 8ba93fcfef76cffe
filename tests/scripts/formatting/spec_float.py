# format(float, spec): e E f F g G n %, the default (no type) format with
# and without precision, '#', rounding half-even of the binary value,
# inf/nan, -0.0, grouping, padding and alignment.

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

values = [0.0, -0.0, 1.0, 2.5, -1.5, 3.14159265, 1234567.891, 1e16, 1e-5, 0.1, 123.0, 100.0,
          1e22, 1.23456789e-7, 9.99, 0.5, 1e300, 5e-324, float('inf'), float('-inf'), float('nan')]
specs = ['', '.0', '.1', '.3', '.17', 'e', '.2e', 'E', 'f', '.0f', '.2f', 'F', 'g', '.3g', 'G',
         '#g', '#.0f', '#.0e', '#', '%', '.1%', 'n', ',', '_', ',.2f', '+', ' ', '10', '<10', '^10',
         '=10', '010', '+010.2f', '*^12.3', '015,.1f', '#.3', '.3n']
for v in values:
    print(repr(v))
    print('   ', ' '.join(repr(format(v, s)) for s in specs))
print(format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1.0005, '.3f'))
print(format(1e16, ''), format(1.0, ''), '{:.3}'.format(3.14159), format(1e15, ''), format(12345678901234567890.0, ',.0f'))
print(format(0.1, '.20'), format(1.5, '.100f'), format(1e200, '.3f')[:12], len(format(1e300, 'f')))
print(format(0.0, '.0'), format(0.0, '.3'), format(1.0, '#.3'), format(12.0, '.1'), format(9.99, '.2'))
print(format(-0.0, 'g'), format(0.0, '%'), format(1.5, '+.3'), format(1e16, '.17'), format(1e20, ','))
print(format(1e22, ',f'), format(1.5, '_g'), format(123456.0, ',g'), format(0.0001, 'g'), format(0.00001, 'G'))
print(format(5, '%'), format(12, '%'), format(5, ',%'), format(1234.5, 'n'), format(1.5, '٣.١f'))
print(f'{3.14159:.2f}', f'{1/3:.5}', f'{2/3:10.4f}|', f'{-1e-10:e}', f'{1e100:g}', f'{123456789.0:g}')
class F(float):
    def __str__(self):
        return 'F!'
print(format(F(1.5), ''), format(F(1.5), '.2f'), format(F(2.0), '>6'))
show('d', lambda: format(1.5, 'd'))
show('x', lambda: format(1.5, 'x'))
show('c', lambda: format(1.5, 'c'))
show('s', lambda: format(1.5, 's'))
show(',d', lambda: format(1.5, ',d'))
show('precision too big', lambda: format(1.5, '.2147483648f'))
show(', n', lambda: format(1.5, ',n'))
show(', _', lambda: format(1.5, ',_'))
show('missing precision', lambda: format(1.5, '.f'))
show('invalid', lambda: format(1.5, '10.2ff'))
