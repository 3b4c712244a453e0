"""Operator methods: arithmetic (and reflected), unary, len, abs, truth, aug-assignment."""
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return "Vec(%g, %g)" % (self.x, self.y)


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def add(self, item):
        self.items.append(item)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


a = Vec(1.0, 2.0)
b = Vec(0.5, -1.0)
print(a + b, a - b, a * 3, 2 * a, a / 4, -a, abs(Vec(3.0, 4.0)), a @ b)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
bag = Bag()
print(len(bag), bool(bag), "empty" if not bag else "full")
bag.add("x")
bag.add("y")
print(len(bag), bool(bag), "empty" if not bag else "full")
for f in [Flag(True), Flag(False)]:
    if f:
        print("on")
    else:
        print("off")
total = Vec(0.0, 0.0)
for v in [a, b, Vec(1.0, 1.0)]:
    total = total + v
print(total, abs(total))
print("truthy" if Vec(1.0, 0.0) and bag else "falsy")
