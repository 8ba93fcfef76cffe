x = b'\xzz'
