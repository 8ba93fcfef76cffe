(a as b)
