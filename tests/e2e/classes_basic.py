"""Classes: fields from __init__, methods, aliasing, printing, comparisons."""
import math


class Vector:
    """A 2-D vector."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    def scale(self, k):
        self.x *= k
        self.y = self.y * k

    def added(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def __str__(self):
        return "%s: %.2f (%d deposits)" % (self.owner, self.balance, len(self.history))

    def __lt__(self, other):
        return self.balance < other.balance


class Counter:
    def __init__(self):
        self.count = 0

    def tick(self):
        self.count += 1
        return self


def total_norm(vectors):
    s = 0.0
    for v in vectors:
        s += v.norm()
    return s


v = Vector(3.0, 4.0)
print(v, v.norm())
w = v
w.scale(2)
print(v, w is v, v == Vector(6.0, 8.0), v != Vector(6.0, 8.0), v == Vector(1.0, 1.0))
u = v.added(Vector(0.5, 0.25))
print(u, repr(u), str(u), [u, v])
vs = [Vector(1.0, 0.0), Vector(0.0, 2.0), Vector(3.0, 4.0)]
print(total_norm(vs), Vector(0.0, 2.0) in vs, vs.index(Vector(3.0, 4.0)))

a = Account("ann")
b = Account("bob", 10)
a.deposit(5)
a.deposit(7.5)
print(a)
print(b)
print(f"{a} | {b!s}")
try:
    b.deposit(-1)
except ValueError as e:
    print("error:", e)
accounts = sorted([a, b, Account("cy", 3)])
print([acc.owner for acc in accounts])
print(max([a, b]).owner, a < b, a > b)
c = Counter()
c.tick().tick().tick()
print(c.count)
