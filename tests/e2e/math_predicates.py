"""isnan / isinf / isfinite / isclose and the special constants inf and nan."""
from math import inf, isclose, isfinite, isinf, isnan, nan, sqrt


def classify(x: float) -> str:
    if isnan(x):
        return "nan"
    if isinf(x):
        return "+inf" if x > 0 else "-inf"
    if x == 0.0:
        return "zero"
    return "finite"


def close_enough(a: float, b: float) -> bool:
    return isclose(a, b, rel_tol=1e-6)


if __name__ == "__main__":
    print(classify(1.0), classify(0.0), classify(-0.0), classify(inf), classify(-inf), classify(nan))
    print(classify(1e308 * 10), classify(inf - inf), classify(inf * 0.0), classify(1e-320))
    print(isnan(nan), isnan(inf), isinf(-inf), isinf(nan), isfinite(1e308), isfinite(nan), isfinite(-inf))
    print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, inf == inf, -inf < -1e308, inf > 1e308)
    print(isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, isclose(1.0, 1.0 + 1e-10), isclose(1.0, 1.001))
    print(isclose(0.0, 1e-12), isclose(0.0, 1e-12, abs_tol=1e-9), isclose(inf, inf), isclose(nan, nan))
    print(close_enough(1000000.0, 1000000.5), close_enough(1.0, 1.01))
    print(isclose(sqrt(2.0) ** 2, 2.0), sqrt(2.0) ** 2)
    print(inf, -inf, nan, inf + 1.0, -inf * -1.0, inf / 1e308, 1.0 / inf, -1.0 / inf)
    print(min(inf, 5.0), max(-inf, -5.0), abs(-inf), abs(nan))
    x = 1.0
    steps = 0
    while isfinite(x):
        x *= 1e100
        steps += 1
    print("overflowed to", x, "after", steps, "steps")
