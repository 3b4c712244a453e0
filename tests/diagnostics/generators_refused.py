"""Generator constructs py2cpp refuses, each with a located diagnostic: `return VALUE` in a
generator, a yield inside an except block, a yield used as a value (send), `yield from` an array,
yields of two types, printing or formatting a generator (Python shows an address), len() and
reversed() of a generator (Python's TypeError), and a warning for yields that mix ints and floats."""
import numpy as np


def returns_value(n):
    for i in range(n):
        yield i
    return n


def yields_in_handler(xs):
    for x in xs:
        try:
            yield 1 / x
        except ZeroDivisionError:
            yield 0.0


def receives(n):
    total = 0
    while total < n:
        got = yield total
        total += 1


def from_array(a):
    yield from a


def two_types(flag):
    if flag:
        yield 1
    else:
        yield "one"


def halves(n):
    for i in range(n):
        if i % 2:
            yield i / 2
        else:
            yield i


def count(n):
    for i in range(n):
        yield i


def main():
    print(list(returns_value(3)))
    print(list(yields_in_handler([1.0, 0.0])))
    print(list(receives(3)))
    print(list(from_array(np.arange(3.0))))
    print(list(two_types(True)))
    print(list(halves(4)))
    g = count(3)
    print(g)
    print(f"{g}")
    print(len(g))
    print(list(reversed(g)))


main()
