"""Harmonic numbers and the Euler-Mascheroni constant."""
import math


def harmonic(n: int) -> float:
    h = 0.0
    for k in range(1, n + 1):
        h += 1.0 / k
    return h


def harmonic_asymptotic(n: int) -> float:
    gamma = 0.5772156649015329
    x = n * 1.0
    return math.log(x) + gamma + 1.0 / (2.0 * x) - 1.0 / (12.0 * x * x) + 1.0 / (120.0 * x ** 4)


def terms_to_exceed(target: float) -> int:
    h = 0.0
    k = 0
    while h <= target:
        k += 1
        h += 1.0 / k
    return k


def alternating_harmonic(n: int) -> float:
    s = 0.0
    for k in range(1, n + 1):
        s += (-1) ** (k + 1) / k
    return s


if __name__ == "__main__":
    for e in range(0, 7):
        n = 10 ** e
        h = harmonic(n)
        print(f"H({n}) = {h:.15f}  asymptotic {harmonic_asymptotic(n):.15f}  gamma_est {h - math.log(n):.12f}")
    print(harmonic(1), harmonic(2), harmonic(3), harmonic(10))
    print(terms_to_exceed(2.0), terms_to_exceed(5.0), terms_to_exceed(10.0))
    print(alternating_harmonic(1000), math.log(2.0))
