# An uncaught user-defined exception with a custom __str__: the last line is
# "__main__.ClassName: <str of the exception>": user classes are shown with
# their module name, builtin exceptions are not.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance, self.amount = balance, amount
    def __str__(self):
        return f"balance {self.balance} is less than {self.amount}"
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(50, 80))
