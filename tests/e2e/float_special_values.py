"""Arithmetic with signed zeros, infinities and NaN."""
import math


def safe_div(a: float, b: float) -> float:
    if b == 0.0:
        if a == 0.0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def describe_zero(z: float) -> str:
    if z != 0.0:
        return "nonzero"
    return "negative zero" if math.copysign(1.0, z) < 0.0 else "positive zero"


if __name__ == "__main__":
    inf = math.inf
    nan = math.nan
    print(inf + inf, inf - inf, inf * 0.0, inf * -2.0, inf / inf, 0.0 * -1.0)
    print(-0.0 == 0.0, -0.0 < 0.0, describe_zero(-0.0), describe_zero(0.0), describe_zero(0.0 * -3.0))
    print(describe_zero(-0.0 + 0.0), describe_zero(-0.0 - 0.0), describe_zero(-0.0 * -0.0), describe_zero(abs(-0.0)))
    print(safe_div(1.0, 0.0), safe_div(1.0, -0.0), safe_div(-1.0, 0.0), safe_div(0.0, 0.0), safe_div(6.0, 3.0))
    print(5.0 // inf, -5.0 // inf, 5.0 % inf, -5.0 % inf, 5.0 % -inf)
    print(max(1.0, nan), max(nan, 1.0), min(1.0, nan), min(nan, 1.0))
    print(nan + 1.0, nan * 0.0, -nan, abs(-nan), nan ** 0.0, 1.0 ** nan)
    print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.atan(inf), math.tanh(-inf))
    print(math.floor(-0.0), math.copysign(0.0, -1.0), -0.0 + 0.0, -0.0 * 5, round(-0.0), round(-0.0, 1))
    print(1e308 + 1e308, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2, -5e-324 / 2)
    big = 1.0
    while big * 2.0 != inf:
        big *= 2.0
    print(big, big == 2.0 ** 1023)
    small = 1.0
    while small / 2.0 > 0.0:
        small /= 2.0
    print(small, small == 5e-324)
    eps = 1.0
    while 1.0 + eps / 2.0 > 1.0:
        eps /= 2.0
    print(eps, eps == 2.0 ** -52)
