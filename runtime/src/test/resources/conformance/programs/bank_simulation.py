# A bank simulation: accounts, transfers with validation, interest, audit log; seeded random activity.
import random

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount} (balance {account.balance})')
        self.account = account

class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('dep', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('wd', amount))
    def __repr__(self):
        return f'<Account #{self.id} {self.owner}: {self.balance}>'

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_bp=150):
        super().__init__(owner, balance)
        self.rate_bp = rate_bp
    def add_interest(self):
        interest = self.balance * self.rate_bp // 10000
        if interest:
            self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []
    def open(self, cls, owner, initial):
        a = cls(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            self.log.append(('failed', src, dst, amount))
            return str(e)
        self.accounts[dst].deposit(amount)
        self.log.append(('ok', src, dst, amount))
        return 'ok'
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
names = ['ann', 'bob', 'cy', 'dee', 'eve']
for i, n in enumerate(names):
    bank.open(SavingsAccount if i % 2 else Account, n, 1000 * (i + 1))
rng = random.Random(2718)
start_total = bank.total()
for step in range(200):
    a, b = rng.sample(sorted(bank.accounts), 2)
    amount = rng.randint(1, 1500)
    r = bank.transfer(a, b, amount)
    if step < 5 or r != 'ok' and step < 60:
        print(step, a, b, amount, r)
print('conserved:', bank.total() == start_total, bank.total())
interest = [a.add_interest() for a in bank.accounts.values() if isinstance(a, SavingsAccount)]
print('interest', interest, bank.total())
for a in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(a, len(a.history))
ok = sum(1 for e in bank.log if e[0] == 'ok')
print('transfers ok', ok, 'failed', len(bank.log) - ok)
try:
    bank.accounts[1].deposit(-5)
except ValueError as e:
    print('ValueError', e)
