print 'a', 1
