"""Minimising a one-dimensional function with golden-section search."""
import math


def objective(kind, x):
    if kind == "parabola":
        return (x - 2.0) ** 2 + 1.0
    if kind == "cosine":
        return math.cos(x)
    return x ** 4 - 3.0 * x ** 3 + 2.0


def golden_section(kind: str, a: float, b: float, tol: float = 1e-10) -> tuple[float, float, int]:
    invphi = (math.sqrt(5.0) - 1.0) / 2.0
    c = b - invphi * (b - a)
    d = a + invphi * (b - a)
    fc = objective(kind, c)
    fd = objective(kind, d)
    iterations = 0
    while abs(b - a) > tol:
        iterations += 1
        if fc < fd:
            b, d, fd = d, c, fc
            c = b - invphi * (b - a)
            fc = objective(kind, c)
        else:
            a, c, fc = c, d, fd
            d = a + invphi * (b - a)
            fd = objective(kind, d)
    x = (a + b) / 2.0
    return x, objective(kind, x), iterations


if __name__ == "__main__":
    x, fx, n = golden_section("parabola", 0.0, 5.0)
    print(f"parabola: x={x:.8f} f={fx:.8f} iterations={n}")
    x, fx, n = golden_section("cosine", 2.0, 4.0)
    print(f"cosine: x={x:.8f} pi={math.pi:.8f} f={fx:.8f} iterations={n}")
    print(golden_section("quartic", 0.0, 4.0, tol=1e-6))
    print(golden_section("quartic", 0.0, 4.0, 1e-3))
