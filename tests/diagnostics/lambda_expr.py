# expect: error at 5:14: lambda expressions are not supported


def apply(x: float) -> float:
    square = lambda v: v * v
    return square(x)
