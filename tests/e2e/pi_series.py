"""Approximations of pi from classic series and products."""
import math


def leibniz(n: int) -> float:
    total = 0.0
    sign = 1.0
    for k in range(n):
        total += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * total


def wallis(n: int) -> float:
    product = 1.0
    for k in range(1, n + 1):
        four_k2 = 4.0 * k * k
        product *= four_k2 / (four_k2 - 1.0)
    return 2.0 * product


def nilakantha(n: int) -> float:
    pi = 3.0
    sign = 1.0
    for k in range(1, n + 1):
        a = 2.0 * k
        pi += sign * 4.0 / (a * (a + 1.0) * (a + 2.0))
        sign = -sign
    return pi


def machin() -> float:
    return 4.0 * (4.0 * math.atan(1.0 / 5.0) - math.atan(1.0 / 239.0))


def basel(n: int) -> float:
    s = 0.0
    for k in range(n, 0, -1):  # sum small terms first
        s += 1.0 / (k * k)
    return math.sqrt(6.0 * s)


def archimedes(doublings: int) -> tuple[float, float]:
    """Perimeters of inscribed/circumscribed polygons, starting from hexagons."""
    inner = 3.0
    outer = 2.0 * math.sqrt(3.0)
    sides = 6
    for _ in range(doublings):
        outer = 2.0 * inner * outer / (inner + outer)
        inner = math.sqrt(inner * outer)
        sides *= 2
    print("polygon sides:", sides)
    return inner, outer


if __name__ == "__main__":
    for n in range(1, 10001, 2500):
        print(f"{n:5d} leibniz={leibniz(n):.10f} wallis={wallis(n):.10f} nilakantha={nilakantha(n):.15f}")
    print(leibniz(1000000))
    print(machin(), machin() == math.pi)
    print(basel(100000), math.pi - basel(100000))
    print(archimedes(0))
    print(archimedes(10))
