# bank system with custom exceptions, class hierarchy, transaction log
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed, self.available = needed, available
class AccountLocked(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.log = []
        self.locked = False
    @property
    def balance(self): return self._balance
    def _check(self):
        if self.locked: raise AccountLocked(f"account {self.id} is locked")
    def deposit(self, amt):
        self._check()
        if amt <= 0: raise ValueError("amount must be positive")
        self._balance += amt
        self.log.append(("deposit", amt))
        return self
    def withdraw(self, amt):
        self._check()
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.log.append(("withdraw", amt))
        return self
    def __str__(self): return f"{type(self).__name__}#{self.id}[{self.owner}: {self._balance:,.2f}]"
    def __repr__(self): return f"{type(self).__name__}({self.owner!r}, {self._balance!r})"
    def __lt__(self, other): return self._balance < other._balance
class Savings(Account):
    rate = 0.03
    def add_interest(self):
        i = round(self._balance * self.rate, 2)
        self.deposit(i)
        return i
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amt):
        self._check()
        if amt > self._balance + self.overdraft:
            raise InsufficientFunds(amt, self._balance + self.overdraft)
        self._balance -= amt
        self.log.append(("withdraw", amt))
        return self
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, cls, *a, **k):
        acc = cls(*a, **k); self.accounts[acc.id] = acc; return acc
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except KeyError:
            print(f"no account {src}")
            return False
        except (InsufficientFunds, AccountLocked) as e:
            print(f"transfer failed: {type(e).__name__}: {e}")
            return False
        else:
            self.accounts[dst].deposit(amt)
            return True
        finally:
            print(f"transfer {src}->{dst} {amt} attempted")
    def total(self): return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Savings, "alice", 1000)
b = bank.open(Checking, "bob", 50, overdraft=200)
c = bank.open(Account, "carol")
print(a, b, c, sep="\n")
print(bank.transfer(a.id, b.id, 300), bank.transfer(b.id, c.id, 600), bank.transfer(b.id, c.id, 500), bank.transfer(9, 1, 1))
print(a.add_interest(), a.balance, b.balance, c.balance)
c.locked = True
print(bank.transfer(c.id, a.id, 10))
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    c.deposit(5)
except AccountLocked as e:
    print(repr(e))
print(sorted(bank.accounts.values()), max(bank.accounts.values()).owner)
print(f"total {bank.total():,.2f}")
for acc in bank.accounts.values():
    print(acc.owner, acc.log, isinstance(acc, Account), type(acc).__mro__[1].__name__)
a.deposit(1).deposit(2).withdraw(3)
print(a.log[-3:], f"{a.balance:.2f}")
try:
    Account("x").withdraw(1)
except InsufficientFunds as e:
    print(e, e.needed, e.available, e.args)
