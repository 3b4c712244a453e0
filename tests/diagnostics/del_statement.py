# expect: error at 6:5: 'del' statements are not supported


def f(x: float) -> float:
    y = x * 2.0
    del y
    return x
