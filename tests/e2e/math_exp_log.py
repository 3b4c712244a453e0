"""Exponentials and logarithms, including log with a base and the
accurate log1p / expm1 near zero."""
import math


def log_base(x: float, base: float) -> float:
    return math.log(x, base)


def digits(n: int) -> int:
    """Number of decimal digits of a positive integer, via log10."""
    return int(math.log10(n)) + 1


def half_life(rate: float) -> float:
    return math.log(2.0) / rate


def softplus(x: float) -> float:
    # numerically stable log(1 + exp(x))
    if x > 0.0:
        return x + math.log1p(math.exp(-x))
    return math.log1p(math.exp(x))


if __name__ == "__main__":
    print(math.exp(0.0), math.exp(1.0), math.exp(-1.0), math.exp(709.0), math.exp(-745.0), math.exp(-746.0))
    print(math.log(1.0), math.log(math.e), math.log(10.0), math.log(1e-300), math.log(math.inf))
    print(math.log10(1000.0), math.log10(2.0), math.log10(1e-5), math.log2(1024.0), math.log2(3.0))
    print(log_base(8.0, 2.0), log_base(100.0, 10.0), log_base(1000.0, 10.0), log_base(81.0, 3.0), log_base(2.0, 0.5))
    print(math.log(1024, 2), math.log(10), math.log2(1 / 8))
    print(math.log1p(1e-10), math.log(1.0 + 1e-10), math.log1p(-0.5), math.log1p(0.0))
    print(math.expm1(1e-10), math.exp(1e-10) - 1.0, math.expm1(1.0), math.expm1(-50.0))
    print(math.exp(math.log(7.0)), math.log(math.exp(7.0)))
    print(math.pow(2.0, 10.0), math.pow(2.0, 0.5), math.pow(-8.0, 3.0), math.pow(0.0, 0.0), math.pow(10.0, -3.0))
    print(digits(1), digits(9), digits(10), digits(999999), digits(1234567890123))
    print(half_life(0.1), half_life(math.log(2.0)))
    print(softplus(-1000.0), softplus(-1.0), softplus(0.0), softplus(1.0), softplus(1000.0))
    print(math.e, math.pi, math.exp(1.0) == math.e)
