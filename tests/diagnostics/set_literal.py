# expect: error at 5:12: set literals are not supported


def count(n: int) -> int:
    seen = {n, n + 1, 2}
    return n
