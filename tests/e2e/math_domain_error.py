"""Quadratic roots: the last equation has a negative discriminant, so
math.sqrt raises ValueError: math domain error."""
import math


def roots(a: float, b: float, c: float) -> tuple[float, float]:
    d = b * b - 4.0 * a * c
    s = math.sqrt(d)
    return (-b - s) / (2.0 * a), (-b + s) / (2.0 * a)


if __name__ == "__main__":
    print(roots(1.0, -3.0, 2.0))
    print(roots(1.0, 2.0, 1.0))
    print(roots(2.0, 0.0, -8.0))
    print(roots(1.0, 0.0, -1e-300))
    print(roots(1.0, 1.0, 1.0))
    print("never printed")
