# expect: error at 8:5: a defaultdict(int)'s values stay ints (its factory), so += 0.5 cannot store a float
from collections import defaultdict


def totals(n: int) -> int:
    d = defaultdict(int)
    d["a"] += n
    d["b"] += 0.5
    return len(d)


print(totals(1))
