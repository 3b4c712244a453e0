# expect: error at 10:16: argument unpacking (*pair) in calls is not supported


def add(a: int, b: int) -> int:
    return a + b


def f(n: int) -> int:
    pair = (n, 1)
    return add(*pair)
