"""Composite Simpson and trapezoid rules; the integrand is chosen by name."""
import math


def integrand(kind: str, x: float) -> float:
    if kind == "sin":
        return math.sin(x)
    elif kind == "exp":
        return math.exp(x)
    elif kind == "arctan'":
        return 1.0 / (1.0 + x * x)
    elif kind == "gauss":
        return math.exp(-x * x)
    elif kind == "poly":
        return x ** 3 - 2.0 * x + 1.0
    raise ValueError("unknown integrand " + kind)


def simpson(kind: str, a: float, b: float, n: int) -> float:
    if n % 2 == 1:
        n += 1
    h = (b - a) / n
    s = integrand(kind, a) + integrand(kind, b)
    for i in range(1, n):
        weight = 4.0 if i % 2 == 1 else 2.0
        s += weight * integrand(kind, a + i * h)
    return s * h / 3.0


def trapezoid(kind: str, a: float, b: float, n: int) -> float:
    h = (b - a) / n
    s = 0.5 * (integrand(kind, a) + integrand(kind, b))
    for i in range(1, n):
        s += integrand(kind, a + i * h)
    return s * h


if __name__ == "__main__":
    print("sin on [0, pi]:", simpson("sin", 0.0, math.pi, 10), simpson("sin", 0.0, math.pi, 100))
    print("exp on [0, 1]:", simpson("exp", 0.0, 1.0, 50), math.e - 1.0)
    pi_est = 4.0 * simpson("arctan'", 0.0, 1.0, 1000)
    print("pi estimate:", pi_est, "error:", abs(pi_est - math.pi))
    g = simpson("gauss", -5.0, 5.0, 2000)
    print("gauss:", g, "sqrt(pi):", math.sqrt(math.pi))
    print("poly exact for cubics:", simpson("poly", 0.0, 2.0, 2), simpson("poly", -1.0, 3.0, 7))
    for n in range(4, 65, 20):
        t = trapezoid("sin", 0.0, math.pi, n)
        s = simpson("sin", 0.0, math.pi, n)
        print(f"n={n:3d} trapezoid={t:.12f} simpson={s:.12f} err_t={abs(2 - t):.3e} err_s={abs(2 - s):.3e}")
