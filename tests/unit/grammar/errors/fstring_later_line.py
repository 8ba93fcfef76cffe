x = 1
y = f'{lambda x: 1}'
