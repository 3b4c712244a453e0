# expect: error at 9:12: scale() got an unexpected keyword argument 'factr'


def scale(x: float, factor: float = 2.0) -> float:
    return x * factor


def main(x: float) -> float:
    return scale(x, factr=3.0)
