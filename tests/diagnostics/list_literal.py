# expect: error at 5:14: list literals are not supported


def total(n: int) -> int:
    values = [1, 2, n]
    return n
