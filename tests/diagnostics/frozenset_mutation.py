# expect: error at 6:5: 'frozenset' object has no attribute 'add' (Python's AttributeError)


def grow(n: int) -> int:
    f = frozenset({1, 2})
    f.add(n)
    return len(f)


print(grow(3))
