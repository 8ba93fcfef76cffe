0
7
2147483647
79228162514264337593543950336
0o177
0O7
0b100110111
0B1
0x_dead_beef
0XDEADBEEF
0xffffffffffffffffffffffffffffffff
00
0_0
1_000_000
3.14
10.
.001
1e100
3.14e-10
0e0
1_0.0_1e1_0
3.14_15_93
1e16
1e15
123456789012345678.0
0.1
0.30000000000000004
1e-5
1.5e-7
1e999
3j
10.j
10j
.001j
1e100j
3.14e-10j
1_0j
0j
True
False
None
...
'single'
"double"
'''triple single'''
"""triple
double"""
'it\'s'
"say \"hi\""
"it's"
'say "hi"'
'both \' and "'
'\n\t\r\\ \a\b\f\v\0 \x41 \101 \u20ac \U0001F600'
'\N{EM DASH} \N{bullet} \N{GREEK SMALL LETTER ALPHA}'
'\q \{ \%'
r'raw \n \t \\'
R"raw \""
u'unicode prefix'
U'upper u'
b'bytes \x00 \xff \n'
B"BYTES"
br'raw bytes \n'
Rb'\x41'
rB"\\"
'a' 'b' "c"
'a' \
'b'
('implicit'
 'concatenation')
u'a' 'b'
'a' u'b'
b'a' b'b'
'\u00e9t\u00e9'
'été'
'日本語'
'😀'
'\x7f\x80\xa0\xad'
'\u200b\u2028'
'\ud800'
'line\
continued'
''
""
''''''
b''
'''a'b"c'''
"a'b"
'a"b'
