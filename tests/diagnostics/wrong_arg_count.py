# expect: error at 9:12: scale() takes 2 positional arguments but 3 were given


def scale(x: float, factor: float) -> float:
    return x * factor


def main(x: float) -> float:
    return scale(x, 2.0, 3.0)
