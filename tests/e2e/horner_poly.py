"""Polynomial evaluation with Horner's scheme and classic three-term recurrences."""


def horner3(x: float, a0: float, a1: float, a2: float, a3: float) -> float:
    """a0 + a1 x + a2 x^2 + a3 x^3"""
    return ((a3 * x + a2) * x + a1) * x + a0


def horner3_with_derivative(x: float, a0: float, a1: float, a2: float, a3: float) -> tuple[float, float]:
    p = a3
    dp = 0.0
    p, dp = p * x + a2, dp * x + p
    p, dp = p * x + a1, dp * x + p
    p, dp = p * x + a0, dp * x + p
    return p, dp


def naive3(x, a0, a1, a2, a3):
    return a0 + a1 * x + a2 * x ** 2 + a3 * x ** 3


def chebyshev_t(n: int, x: float) -> float:
    if n == 0:
        return 1.0
    t_prev, t = 1.0, x
    for _ in range(n - 1):
        t_prev, t = t, 2.0 * x * t - t_prev
    return t


def legendre_p(n: int, x: float) -> float:
    if n == 0:
        return 1.0
    p_prev, p = 1.0, x
    for k in range(1, n):
        p_prev, p = p, ((2 * k + 1) * x * p - k * p_prev) / (k + 1)
    return p


def int_horner(x: int) -> int:
    # 3x^4 - 2x^3 + x - 7 with integer coefficients
    result = 0
    result = result * x + 3
    result = result * x - 2
    result = result * x + 0
    result = result * x + 1
    result = result * x - 7
    return result


if __name__ == "__main__":
    for i in range(-2, 3):
        x = i * 0.5
        print(x, horner3(x, 1.0, -2.0, 0.5, 3.0), naive3(x, 1.0, -2.0, 0.5, 3.0))
    print(horner3_with_derivative(2.0, 1.0, -2.0, 0.5, 3.0))
    print(horner3_with_derivative(0.1, -1.0, 0.0, 0.0, 1.0))
    print(horner3(1.0000001, -1.0, 3.0, -3.0, 1.0), naive3(1.0000001, -1.0, 3.0, -3.0, 1.0))
    for n in range(6):
        print(f"T{n}(0.3) = {chebyshev_t(n, 0.3):+.6f}   P{n}(0.3) = {legendre_p(n, 0.3):+.6f}")
    print(chebyshev_t(50, 0.7), legendre_p(50, 0.7))
    print(int_horner(0), int_horner(2), int_horner(-3), int_horner(1000))
