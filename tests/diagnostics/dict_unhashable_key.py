# expect: error at 6:10: unhashable type: 'list'


def lookup(xs: list[int]) -> int:
    seen = {}
    seen[xs] = 1
    return len(seen)
