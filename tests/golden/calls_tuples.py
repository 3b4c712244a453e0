import math
from math import sqrt as root


def norm2(x, y=0.0):
    return root(x * x + y * y)


def stats(a: float, b: float) -> tuple[float, float]:
    """Mean and geometric mean of two numbers."""
    return (a + b) / 2, math.sqrt(a * b)


def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


def use(n: int, x: float):
    m, g = stats(x, 2.0)
    m, g = g, m
    return norm2(x), norm2(n, y=1.0), norm2(n), fact(n), m - g, max(n, 3), abs(x), round(x, 2)
