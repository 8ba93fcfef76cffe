# An inventory and order system: products in a dict, orders validated with
# exceptions, restocking, price changes with properties, a sales report
# grouped by category, and the most valuable stock.
class OutOfStock(Exception):
    pass
class UnknownProduct(KeyError):
    pass
class Product:
    def __init__(self, sku, name, category, price, qty):
        self.sku, self.name, self.category = sku, name, category
        self.price = price
        self.qty = qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}")
        self._price = round(value, 2)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return f"<{self.sku} {self.name} x{self.qty} @ {self.price:.2f}>"
class Inventory:
    def __init__(self):
        self.products = {}
        self.sales = []
    def add(self, *args):
        p = Product(*args)
        self.products[p.sku] = p
    def get(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None
    def order(self, lines):
        for sku, qty in lines:
            p = self.get(sku)
            if p.qty < qty:
                raise OutOfStock(f"{p.name}: wanted {qty}, have {p.qty}")
        total = 0
        for sku, qty in lines:
            p = self.get(sku)
            p.qty -= qty
            total += p.price * qty
            self.sales.append((p.category, sku, qty, p.price * qty))
        return round(total, 2)
inv = Inventory()
inv.add("A1", "pencil", "office", 0.35, 500)
inv.add("A2", "stapler", "office", 12.5, 20)
inv.add("B1", "apple", "food", 0.4, 300)
inv.add("B2", "coffee", "food", 7.99, 40)
inv.add("C1", "cable", "tech", 4.25, 75)
orders = [
    [("A1", 100), ("B2", 5)],
    [("A2", 25)],
    [("C1", 10), ("Z9", 1)],
    [("B1", 120), ("C1", 30), ("A2", 2)],
    [("B2", 35)],
    [("B2", 1)],
]
for i, lines in enumerate(orders, 1):
    try:
        print(f"order {i}: total {inv.order(lines):.2f}")
    except OutOfStock as e:
        print(f"order {i}: out of stock: {e}")
    except UnknownProduct as e:
        print(f"order {i}: unknown product {e}")
try:
    inv.get("A1").price = -1
except ValueError as e:
    print("ValueError:", e)
inv.get("A1").price = 0.333
print(inv.get("A1"))
by_cat = {}
for cat, sku, qty, amount in inv.sales:
    entry = by_cat.setdefault(cat, {"units": 0, "revenue": 0.0})
    entry["units"] += qty
    entry["revenue"] += amount
for cat in sorted(by_cat):
    print(f"{cat:<7} units={by_cat[cat]['units']:>4} revenue={by_cat[cat]['revenue']:>8.2f}")
low = [p.name for p in inv.products.values() if p.qty < 25]
print("low stock:", low)
print("most valuable:", max(inv.products.values(), key=lambda p: p.value))
print("stock value: %.2f" % sum(p.value for p in inv.products.values()))
print(sorted(inv.products.values(), key=lambda p: (p.category, -p.value)))
print(isinstance(UnknownProduct("x"), KeyError), issubclass(OutOfStock, Exception))
