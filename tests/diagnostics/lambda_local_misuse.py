# expect: a local lambda misused: rebound to another value (7:5), called recursively (8:43),
# bound over an existing value (12:5). (Passing it to a module function, 10:25, is supported.)


def check(xs: list[int]) -> int:
    f = lambda x: x + 1
    f = 2
    fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
    y = fact(3)
    total = apply_twice(f, 1)
    count = 0
    count = lambda: 1
    return y + total + len(xs)


def apply_twice(fn, x):
    return x
