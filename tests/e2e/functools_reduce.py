# functools.reduce with lambdas and named functions, with and without an initial value, over
# lists, ranges, strings, generators and generator expressions; the empty iterable's TypeError.
import functools
from functools import reduce


def mul(a, b):
    return a * b


def longer(a, b):
    return a if len(a) >= len(b) else b


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def factorial(n):
    return reduce(mul, range(1, n + 1), 1)


print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4], 100))
print(reduce(mul, range(1, 11)))
print([factorial(n) for n in range(8)])
print(reduce(lambda acc, x: acc + x, [0.5, 1.5, 2.25]))
print(reduce(lambda acc, x: acc + x, [1, 2, 3], 0.5))   # an int total with a float start: floats
print(reduce(lambda acc, x: acc + x / 2, [1, 2, 3], 0))  # widened by the function's result
print(reduce(longer, ["ab", "abcd", "xyz", "abce"]))
print(reduce(lambda s, c: c + s, "stressed"))             # a str reversed
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 9, 1]))
print(reduce(lambda a, b: a * 10 + b, evens(7)))
print(reduce(lambda a, b: a + b, (x * x for x in range(5))))
empty: list[int] = []
print(reduce(lambda a, b: a + b, empty, 42))
print(reduce(lambda a, b: a + [b * 2], [1, 2, 3], [0]))
nested = [[1, 2], [3], [4, 5, 6]]
print(reduce(lambda a, b: a + reduce(lambda x, y: x + y, b, 0), nested, 0))
scale = 3
print(reduce(lambda a, b: a + scale * b, [1, 1, 1], 0))   # a closure over a local
try:
    reduce(mul, empty)
except TypeError as e:
    print("TypeError:", e)
words: list[str] = []
print(reduce(lambda a, b: a + len(b), words, 0))
print(reduce(lambda a, b: a + b, [7]))
