# count, by_type, typestats, most_common_types, show_most_common_types,
# growth/show_growth and find_backref_chain on article 003's Person and Cat:
# instances are counted while alive and gone after del + gc.collect().
import gc
import sys
import objgraph


class Person(object):
    pass


class Cat(object):
    pass


p = Person()
c = Cat()
p.name = 'yuzhou1su'
c.master = p
print(sys.getrefcount(p), sys.getrefcount(c))
print(objgraph.count('Person'), objgraph.count('Cat'), objgraph.count('__main__.Cat'))
print(objgraph.by_type('Cat') == [c], objgraph.by_type('Dog'))

people = [Person() for i in range(5)]
cats = [Cat() for i in range(3)]
stats = objgraph.typestats(filter=lambda o: type(o) in (Person, Cat))
print(sorted(stats.items()))
print(objgraph.most_common_types(limit=2, filter=lambda o: type(o) in (Person, Cat)))
objgraph.show_most_common_types(objects=people + cats + [c])
objgraph.show_most_common_types(objects=people + cats, shortnames=False)

peaks = {}
objgraph.show_growth(peak_stats=peaks, filter=lambda o: type(o) in (Person, Cat))
people.append(Person())
objgraph.show_growth(peak_stats=peaks, filter=lambda o: type(o) in (Person, Cat))
print(objgraph.growth(peak_stats=peaks, filter=lambda o: type(o) in (Person, Cat)))

chain = objgraph.find_backref_chain(p, objgraph.is_proper_module)
print([type(x).__name__ for x in chain], chain[-1] is p)
print([type(x).__name__ for x in objgraph.find_ref_chain(c, lambda x: x is p)])

del p, c, people, cats, chain, stats
gc.collect()
print(objgraph.count('Person'), objgraph.count('Cat'))
