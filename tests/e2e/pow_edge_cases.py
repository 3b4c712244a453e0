"""Exponentiation: ints stay ints for non-negative exponents, negative exponents
give floats, and float powers follow C's pow special cases."""
import math


def ipow(base: int, exp: int) -> int:
    return base ** exp


def fpow(base: float, exp: float) -> float:
    return base ** exp


def int_neg_pow(base: int, exp: int) -> float:
    # exp is negative here, so Python returns a float
    return base ** exp


def power_by_squaring(base, exp):
    """Helper with no annotations: types come from the caller."""
    result = 1
    while exp > 0:
        if exp % 2 == 1:
            result *= base
        base *= base
        exp //= 2
    return result


def check_square(x: int) -> bool:
    return power_by_squaring(x, 2) == x ** 2


if __name__ == "__main__":
    print(ipow(2, 10), ipow(-2, 3), ipow(-2, 4), ipow(0, 0), ipow(7, 1), ipow(1, 1000))
    print(ipow(10, 18), ipow(2, 62), ipow(-3, 39), ipow(-1, 12345))
    print(int_neg_pow(2, -1), int_neg_pow(10, -3), int_neg_pow(-2, -3), int_neg_pow(3, -2))
    print(int_neg_pow(-1, -1), int_neg_pow(-1, -2), int_neg_pow(2, -60))

    print(fpow(2.0, 0.5), fpow(-2.0, 3.0), fpow(-2.0, -2.0), fpow(0.0, 0.0))
    print(fpow(-0.0, 3.0), fpow(-0.0, 2.0), fpow(1.5, 2.0), fpow(10.0, -5.0))
    print(fpow(10.0, 16.0), fpow(2.0, -1074.0), fpow(2.0, 1023.0), fpow(0.5, 1100.0))
    print(fpow(math.inf, 0.0), fpow(math.nan, 0.0), fpow(1.0, math.nan), fpow(-1.0, math.inf))
    print(fpow(0.5, math.inf), fpow(2.0, -math.inf), fpow(math.inf, -1.0), fpow(-math.inf, 3.0))
    print(fpow(27.0, 1.0 / 3.0), fpow(1.0000001, 1e7))

    print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1 ** 2)
    print(2.5 ** 2, 2 ** 0.5, 4 ** 0.5, 9 ** -0.5)

    x = 3
    x **= 4
    print(x)
    y = 1.1
    y **= 2
    print(y)

    print(power_by_squaring(3, 13), power_by_squaring(1.5, 5), power_by_squaring(-2, 31))
    print(check_square(12345), check_square(-99))
