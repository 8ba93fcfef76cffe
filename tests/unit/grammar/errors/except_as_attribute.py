try:
  x
except A as b.c:
  y
