# *args parameters (a tuple of the remaining positional arguments, empty or of mixed types) and
# f(*t) unpacking a tuple into a call of the program's functions, methods and library functions.
def total(*xs):
    s = 0.0
    for x in xs:
        s += x
    return s
print(total(1.0, 2.0, 3.5))
print(total())
print(total(1, 2.5))
def fmt(sep, *parts, end="!"):
    return sep.join(parts) + end
print(fmt("-", "a", "b", "c"), fmt(",", end="?"), len(("a",)))
def describe(name, *values):
    print(name, len(values), values)
describe("none")
describe("two", 1, 2)
describe("mixed", 1, "x", 2.5)
class P:
    def __init__(self, *coords):
        self.coords = list(coords)
    def add(self, *more):
        for m in more:
            self.coords.append(m)
        return self
print(P(1.0, 2.0).add(3.0, 4.0).coords)
def area(w, h, scale=1.0):
    return w * h * scale
dims = (3.0, 4.0)
print(area(*dims))
print(area(*dims, scale=2.0))
print(area(*(2, 5)))
def wrap(*args):
    return area(*args)
print(wrap(1.5, 2.0), wrap(1.0, 2.0, 0.5))
def pair():
    print("pair called")
    return (7, 8)
print(area(*pair()))
t = (1, 2, 3)
print(total(*t, 4, *t), total(*()))
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return V(self.x + dx, self.y + dy)
p = V(*dims).moved(*(1.0, -1.0))
print(p.x, p.y)
import numpy as np
t = (1, 2)
print(*t, sep=", ")
print(max(*t), *t, *(3.5, "x"))
shape = (2, 3)
print(np.zeros(shape).shape, np.ones(shape)[1, 2])
describe("one", 5)
