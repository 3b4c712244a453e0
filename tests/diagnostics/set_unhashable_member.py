# expect: error at 5:13: unhashable type: 'list' (a set member), with the hint to use a tuple


def pairs(n: int) -> int:
    seen = {[n, n + 1]}
    return len(seen)


print(pairs(1))
