# expect: error at 8:12: min() of ints with a float default: Python returns the int item or the
# float default itself, so the result has no single type.


def smallest(xs: list[int]) -> float:
    if not xs:
        return 0.0
    return min(xs, default=0.5)
