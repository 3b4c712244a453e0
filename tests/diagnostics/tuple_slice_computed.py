# A tuple sliced with a bound computed at run time is refused: the items (and types) must be known.
t = (1, 2.5, "x")
n = len(t) - 1
print(t[:n])
