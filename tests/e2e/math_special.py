"""Special functions: erf, erfc, gamma, lgamma, factorial.
Non-integer gamma/lgamma results are printed to 10 significant digits."""
import math


def normal_tail(z: float) -> float:
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def beta_fn(a: float, b: float) -> float:
    return math.exp(math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))


def log_binomial(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


if __name__ == "__main__":
    print(math.erf(0.0), math.erf(0.5), math.erf(1.0), math.erf(-1.0), math.erf(3.0), math.erf(10.0))
    print(math.erfc(0.0), math.erfc(1.0), math.erfc(5.0), math.erfc(-1.0), math.erfc(30.0))
    print(math.erf(1e-20), math.erfc(1e-20), math.erf(math.inf), math.erfc(-math.inf))
    print(normal_tail(1.0), normal_tail(3.0), normal_tail(6.0))
    for k in range(1, 8):
        print(k, math.gamma(k * 1.0), math.factorial(k - 1), f"{math.lgamma(k * 1.0):.10g}")
    print(f"{math.gamma(0.5):.10g} {math.sqrt(math.pi):.10g} {math.gamma(-0.5):.10g} {math.gamma(4.5):.10g}")
    print(f"{math.gamma(171.5):.6e} {math.lgamma(0.5):.10g} {math.lgamma(100.0):.10g} {math.lgamma(-2.5):.10g}")
    print(f"{beta_fn(2.0, 3.0):.10g} {beta_fn(0.5, 0.5):.10g} {log_binomial(50, 25):.10g}")
    print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(20))
