# expect: error at 5:21: a list holds values of one type


def total(n: int) -> int:
    values = [1, 2, "three", n]
    return n
