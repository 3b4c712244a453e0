"""Root finding by bisection and by the secant method."""
import math


def f(kind, x):
    if kind == "cubic":
        return x * x * x - x - 2.0
    if kind == "cos":
        return math.cos(x) - x
    if kind == "exp":
        return math.exp(-x) - x
    return x * x - 2.0


def bisect(kind: str, a: float, b: float, tol: float = 1e-12) -> tuple[float, int]:
    fa = f(kind, a)
    fb = f(kind, b)
    if fa * fb > 0.0:
        raise ValueError("root is not bracketed")
    iterations = 0
    while b - a > tol:
        m = a + (b - a) / 2.0
        fm = f(kind, m)
        iterations += 1
        if fm == 0.0:
            return m, iterations
        if (fa < 0.0) == (fm < 0.0):
            a, fa = m, fm
        else:
            b = m
    return (a + b) / 2.0, iterations


def secant(kind: str, x0: float, x1: float, max_iter: int = 50) -> float:
    for _ in range(max_iter):
        f0 = f(kind, x0)
        f1 = f(kind, x1)
        if f1 == f0:
            break
        x0, x1 = x1, x1 - f1 * (x1 - x0) / (f1 - f0)
        if abs(x1 - x0) < 1e-15:
            break
    return x1


if __name__ == "__main__":
    root, n = bisect("cubic", 1.0, 2.0)
    print(f"cubic root {root:.12f} in {n} steps, residual {f('cubic', root):.2e}")
    print(bisect("cos", 0.0, 1.0))
    print(bisect("exp", 0.0, 1.0, tol=1e-6))
    print(bisect("sqrt2", 0.0, 2.0), math.sqrt(2.0))
    print(bisect("sqrt2", 1.0, 1.5, 0.25))
    print(secant("cubic", 1.0, 2.0), secant("cos", 0.0, 1.0), secant("sqrt2", 1.0, 2.0))
    print(f"{secant('exp', 0.0, 1.0):.15f}")
