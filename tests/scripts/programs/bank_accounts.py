# A bank simulation: accounts with a class hierarchy, transfers that fail
# with custom exceptions, a transaction log, interest, and a final report
# formatted with f-strings.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}#{self.number}({self.owner}, {self.balance:.2f})"
class Savings(Account):
    rate = 0.01
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        if interest:
            self.deposit(interest)
class Checking(Account):
    fee = 2.5
    overdraft = 100
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        if self.balance < 0:
            self.balance -= self.fee
            self.history.append(("fee", self.fee))
class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, cls, owner, initial=0.0):
        acc = cls(owner, initial)
        self.accounts[acc.number] = acc
        self.log.append(f"open {acc.number} for {owner}")
        return acc
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            self.log.append(f"FAILED transfer: {e}")
            return False
        dst.deposit(amount)
        self.log.append(f"transfer {amount:.2f} {src.number}->{dst.number}")
        return True
    def month_end(self):
        for acc in self.accounts.values():
            acc.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Savings, "alice", 500)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Account, "carol")
print(bank.transfer(alice, bob, 120.5))
print(bank.transfer(bob, carol, 250))
print(bank.transfer(bob, carol, 300))
print(bank.transfer(carol, alice, 1000))
try:
    carol.deposit(-5)
except ValueError as e:
    print("error:", e)
for month in range(3):
    bank.month_end()
print(alice, bob, carol, sep="\n")
print("\n".join(bank.log))
print(f"{'owner':<8}{'type':<10}{'balance':>10}{'ops':>5}")
for acc in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(f"{acc.owner:<8}{type(acc).__name__:<10}{acc.balance:>10.2f}{len(acc.history):>5}")
print(f"total: {bank.total():,.2f}")
print(bob.history)
