# An employee payroll with a class hierarchy: salaried, hourly with
# overtime, commissioned; polymorphic pay(), class-level counters, sorting
# by several keys, grouping by department, and raises applied through a
# classmethod factory and properties.
class Employee:
    count = 0
    def __init__(self, name, dept):
        self.name, self.dept = name, dept
        Employee.count += 1
        self.id = Employee.count
    def pay(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __lt__(self, other):
        return (self.dept, self.name) < (other.dept, other.name)
class Salaried(Employee):
    def __init__(self, name, dept, annual):
        super().__init__(name, dept)
        self.annual = annual
    def pay(self):
        return round(self.annual / 12, 2)
    def give_raise(self, pct):
        self.annual = round(self.annual * (1 + pct / 100), 2)
class Hourly(Employee):
    def __init__(self, name, dept, rate, hours):
        super().__init__(name, dept)
        self.rate, self.hours = rate, hours
    def pay(self):
        regular = min(self.hours, 160)
        overtime = max(self.hours - 160, 0)
        return round(regular * self.rate + overtime * self.rate * 1.5, 2)
    @classmethod
    def from_record(cls, record):
        name, dept, rate, hours = record.split(",")
        return cls(name.strip(), dept.strip(), float(rate), int(hours))
class Commissioned(Salaried):
    def __init__(self, name, dept, annual, sales, rate=0.05):
        super().__init__(name, dept, annual)
        self.sales, self.rate = sales, rate
    def pay(self):
        return round(super().pay() + self.sales * self.rate, 2)
staff = [
    Salaried("Ada", "eng", 120000),
    Hourly("Bo", "ops", 25.0, 172),
    Commissioned("Cy", "sales", 40000, 85000),
    Hourly.from_record("Di, ops, 30.5, 150"),
    Salaried("Ed", "eng", 98000),
    Commissioned("Flo", "sales", 42000, 120000, rate=0.04),
]
for e in sorted(staff):
    print(f"#{e.id} {e.name:<4}{e.dept:<6}{type(e).__name__:<13}{e.pay():>10.2f}")
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept, members in sorted(by_dept.items()):
    total = sum(m.pay() for m in members)
    print(f"{dept}: {len(members)} people, monthly {total:,.2f}, top {max(members, key=lambda m: m.pay()).name}")
for e in staff:
    if isinstance(e, Salaried):
        e.give_raise(3)
print([(e.name, e.pay()) for e in staff if isinstance(e, Salaried)])
print(sorted(staff, key=lambda e: -e.pay())[:3])
print(Employee.count, [isinstance(e, Employee) for e in staff].count(True), issubclass(Commissioned, Salaried))
try:
    Employee("ghost", "none").pay()
except NotImplementedError:
    print("base class has no pay")
print(f"payroll total: {sum(e.pay() for e in staff):,.2f}")
