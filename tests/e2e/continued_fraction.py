"""Continued fractions: convergents of sqrt(2), e and pi, built with tuples."""
import math


def next_convergent(h1: int, k1: int, h2: int, k2: int, a: int) -> tuple[int, int]:
    return a * h1 + h2, a * k1 + k2


def sqrt2_convergents(n: int) -> None:
    h1, k1 = 1, 1  # first convergent of [1; 2, 2, 2, ...]
    h2, k2 = 1, 0
    for i in range(n):
        print(f"{h1}/{k1} = {h1 / k1}")
        h, k = next_convergent(h1, k1, h2, k2, 2)
        h2, k2 = h1, k1
        h1, k1 = h, k


def e_term(i):
    """Terms of e = [2; 1, 2, 1, 1, 4, 1, 1, 6, ...]."""
    if i == 0:
        return 2
    if i % 3 == 2:
        return 2 * (i + 1) // 3
    return 1


def e_convergent(n: int) -> tuple[int, int]:
    h1, k1, h2, k2 = e_term(0), 1, 1, 0
    for i in range(1, n):
        h1, k1, h2, k2 = e_term(i) * h1 + h2, e_term(i) * k1 + k2, h1, k1
    return h1, k1


def expand(x: float, terms: int) -> None:
    """Print the first continued-fraction terms of x."""
    for _ in range(terms):
        a = math.floor(x)
        print(a, end=" ")
        frac = x - a
        if frac < 1e-9:
            break
        x = 1.0 / frac
    print()


if __name__ == "__main__":
    sqrt2_convergents(8)
    for n in range(1, 21, 4):
        p, q = e_convergent(n)
        print(n, p, q, p / q, abs(p / q - math.e))
    expand(math.pi, 6)
    expand(math.sqrt(7.0), 10)
    expand(1.5, 5)
    expand((1.0 + math.sqrt(5.0)) / 2.0, 12)
