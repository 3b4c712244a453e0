"""Rounding a computed NaN to an int raises ValueError."""
import math


def rounded_ratio(a: float, b: float) -> int:
    return round(a / b)


if __name__ == "__main__":
    print(rounded_ratio(7.0, 2.0), rounded_ratio(5.0, 2.0), rounded_ratio(-7.0, 2.0))
    print(rounded_ratio(1e18, 3.0))
    print(rounded_ratio(math.inf, math.inf))
