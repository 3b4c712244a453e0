"""Generators in a class hierarchy (an overriding generator method called through the base: the
dispatch yields what the override yields), yielding arrays (rows stacked with np.array), values
that may be None, recursion through a plain loop, a nested helper function and defaults."""
import numpy as np


class Shape:
    def __init__(self, n):
        self.n = n

    def points(self):
        for i in range(self.n):
            yield float(i)


class Square(Shape):
    def points(self):
        for i in range(self.n):
            yield float(i * i)


def rows(a):
    for i in range(a.shape[0]):
        yield a[i] * 2.0


def maybe(xs):
    for x in xs:
        if x > 0:
            yield x
        else:
            yield None


def countdown(n):
    if n > 0:
        yield n
        for x in countdown(n - 1):
            yield x


def outer(n, scale=2):
    def helper(v):
        return v * scale
    for i in range(n):
        yield helper(i)


shapes = [Shape(3), Square(3)]
for s in shapes:
    print(list(s.points()))
a = np.arange(6.0).reshape(2, 3)
print(np.array(list(rows(a))))
print(list(maybe([1, -1, 2])))
print(list(countdown(4)))
for v in outer(3, scale=5):
    print(v)
