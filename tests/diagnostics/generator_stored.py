# expect: error at 9:15: a generator expression is only supported where it is consumed right away
# Python's generator is exhausted after one pass; py2cpp computes generator expressions eagerly, so
# one that could be iterated twice (stored, returned, passed to a module function) is refused.
def total(values: list[int]) -> int:
    return sum(values)


def twice(xs: list[int]) -> int:
    squares = (x * x for x in xs)
    return sum(squares) + sum(squares)


print(twice([1, 2]), total(x for x in [3]))
