if a:
  pass
  if b:
c
