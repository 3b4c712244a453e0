# expect: error at 5:10: list comprehensions are not supported


def squares(n: int) -> int:
    xs = [i * i for i in range(n)]
    return n
