# library management: dict of objects, sets, sorting, exceptions, string formatting
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class NotFound(LibraryError, KeyError):
    def __str__(self): return f"no such item: {self.args[0]}"
class Book:
    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.copies = copies
        self.out = 0
    @property
    def available(self): return self.copies - self.out
    def __repr__(self): return f"<{self.title} ({self.year})>"
class Member:
    limit = 2
    def __init__(self, name): self.name, self.books = name, []
class Premium(Member):
    limit = 4
class Library:
    def __init__(self):
        self.books, self.members, self.history = {}, {}, []
    def add(self, *books):
        for b in books:
            if b.isbn in self.books: self.books[b.isbn].copies += b.copies
            else: self.books[b.isbn] = b
    def join(self, m): self.members[m.name] = m; return m
    def find(self, isbn):
        try:
            return self.books[isbn]
        except KeyError:
            raise NotFound(isbn)
    def checkout(self, name, isbn):
        m, b = self.members[name], self.find(isbn)
        if len(m.books) >= m.limit: raise LibraryError(f"{name} reached limit of {m.limit}")
        if b.available <= 0: raise NotAvailable(f"{b.title!r} has no copies left")
        b.out += 1; m.books.append(b); self.history.append(("out", name, isbn))
    def checkin(self, name, isbn):
        m = self.members[name]
        for b in m.books:
            if b.isbn == isbn:
                m.books.remove(b); b.out -= 1; self.history.append(("in", name, isbn)); return
        raise LibraryError(f"{name} does not have {isbn}")
    def search(self, **criteria):
        res = self.books.values()
        for k, v in criteria.items():
            if k == "before": res = [b for b in res if b.year < v]
            elif k == "author": res = [b for b in res if v.lower() in b.author.lower()]
            else: raise TypeError(f"unknown criterion {k}")
        return sorted(res, key=lambda b: (b.year, b.title))
    def report(self):
        print(f"{'ISBN':<6}{'Title':<28}{'Author':<18}{'Year':>5}{'Avail':>6}")
        for b in sorted(self.books.values(), key=lambda b: b.title):
            print(f"{b.isbn:<6}{b.title[:27]:<28}{b.author:<18}{b.year:>5}{b.available:>3}/{b.copies}")
lib = Library()
lib.add(Book("b1", "Dune", "Frank Herbert", 1965, 2), Book("b2", "Neuromancer", "William Gibson", 1984),
        Book("b3", "The Left Hand of Darkness", "Ursula K. Le Guin", 1969), Book("b4", "Foundation", "Isaac Asimov", 1951),
        Book("b1", "Dune", "Frank Herbert", 1965))
ann, bob = lib.join(Member("ann")), lib.join(Premium("bob"))
ops = [("checkout", "ann", "b1"), ("checkout", "ann", "b2"), ("checkout", "ann", "b3"), ("checkout", "bob", "b2"),
       ("checkout", "bob", "b9"), ("checkin", "ann", "b2"), ("checkout", "bob", "b2"), ("checkin", "bob", "b4"),
       ("checkout", "bob", "b1"), ("checkout", "bob", "b1"), ("checkout", "bob", "b4")]
for op, who, isbn in ops:
    try:
        getattr(lib, op)(who, isbn)
        print(f"ok   {op} {who} {isbn}")
    except NotAvailable as e:
        print(f"FAIL {op}: unavailable: {e}")
    except NotFound as e:
        print(f"FAIL {op}: {e} | isinstance KeyError: {isinstance(e, KeyError)}")
    except LibraryError as e:
        print(f"FAIL {op}: {e}")
lib.report()
print(lib.search(before=1970), lib.search(author="GIBSON"), lib.search(before=1960, author="a"))
try:
    lib.search(genre="scifi")
except TypeError as e:
    print("TypeError:", e)
print({m.name: [b.isbn for b in m.books] for m in lib.members.values()})
print(len(lib.history), lib.history[-3:], sum(1 for h in lib.history if h[0] == "out"))
authors = {b.author.split()[-1] for b in lib.books.values()}
print(sorted(authors), sorted(b.title for b in lib.books.values() if b.available == 0))
