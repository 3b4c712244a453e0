# expect: error at 6:9: 'del y' (deleting a variable) is not supported


def f(x: float) -> float:
    y = x * 2.0
    del y
    return x
