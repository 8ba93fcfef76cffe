[print x]
