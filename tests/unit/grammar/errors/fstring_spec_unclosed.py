x = f'{x!r:{y}'
