x = 'a' 'b' f'{x' 'c'
