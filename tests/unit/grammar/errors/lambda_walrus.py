lambda: x:=1
