class Account:
    bank = 'Interbank'
    rate = 0.01
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
a = Account('ann')
b = Account('bob')
b.rate = 0.05
print(a.rate, b.rate, Account.rate)
Account.rate = 0.02
print(a.rate, b.rate)
del b.rate
print(b.rate)
print(sorted(vars(a).items()))
print('bank' in vars(Account), 'owner' in vars(Account))
a.__dict__['extra'] = 'via dict'
print(a.extra)
print(getattr(a, 'owner'), getattr(a, 'nothing', None))
setattr(a, 'balance', 100)
print(a.balance)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
print(a.__class__.__name__, Account.__name__, Account.__module__)
