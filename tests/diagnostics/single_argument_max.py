# expect: error at 5:12: max() with one number (Python would iterate it and raise TypeError)


def largest(x: float) -> float:
    return max(x)
