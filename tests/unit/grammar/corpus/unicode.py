été = 1
π = 3.14159
日本 = '日本'
ℌ = 1
_x = x_ = __x__ = 1
ſ = 1
x = 'ünïcödé'
x = "中文" + 'Ελληνικά'
def größe(länge):
    return länge
class Ümlaut:
    ä = 1
print(été, π)
