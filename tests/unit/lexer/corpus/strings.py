'a' "b" '''c''' """d"""
r'a' R'b' u'c' U'd' b'e' B'f' f'g' F'h'
br'a' bR'b' Br'c' BR'd' rb'e' rB'f' Rb'g' RB'h'
fr'a' fR'b' Fr'c' FR'd' rf'e' rF'f' Rf'g' RF'h'
'it\'s' "\"" '\\' '\n'
'''multi
line
string'''
"""with "quotes" and 'apostrophes'"""
'continued \
string'
f'{x!r:>{w}}' f'{a["b"]}'
b'\x00\xff'
''
""
''''''
