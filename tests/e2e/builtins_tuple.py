# tuple() and tuple(t) of a tuple (the same object); tuple(xs) of other iterables is refused
# (tests/diagnostics/stdlib_refused.py).
def pair(a, b):
    return (a, b)


empty = tuple()
p = pair(1, "x")
same = tuple(p)
print(empty, len(empty), same, same == p, tuple((2.5, 3.5)), tuple(pair(True, None)))
