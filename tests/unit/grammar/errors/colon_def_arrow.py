def f() -> int x:
  pass
