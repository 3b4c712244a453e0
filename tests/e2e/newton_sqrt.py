"""Square and cube roots with Newton's method, compared with math.sqrt."""
from math import sqrt, fabs


def newton_sqrt(a: float, tol: float = 1e-15, max_iter: int = 100) -> tuple[float, int]:
    if a < 0.0:
        raise ValueError("negative input")
    if a == 0.0:
        return 0.0, 0
    x = a if a > 1.0 else 1.0
    for k in range(1, max_iter + 1):
        x_new = 0.5 * (x + a / x)
        if fabs(x_new - x) <= tol * x_new:
            return x_new, k
        x = x_new
    return x, max_iter


def newton_cbrt(a: float) -> float:
    x = a if a != 0.0 else 1.0
    for _ in range(200):
        x = x - (x * x * x - a) / (3.0 * x * x)
    return x


def isqrt_newton(n: int) -> int:
    """Largest integer r with r * r <= n, in pure integer arithmetic."""
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


if __name__ == "__main__":
    for v in range(0, 11):
        a = v * 1.0
        r, its = newton_sqrt(a)
        print(f"sqrt({a}) = {r} after {its} iterations; math.sqrt -> {sqrt(a)}")
    print(newton_sqrt(2.0), sqrt(2.0))
    print(newton_sqrt(1e-10))
    print(newton_sqrt(1e300, max_iter=2000))
    print(newton_sqrt(0.25, tol=1e-3))
    print(newton_cbrt(27.0), newton_cbrt(-8.0), newton_cbrt(2.0))
    print(isqrt_newton(0), isqrt_newton(1), isqrt_newton(15), isqrt_newton(16), isqrt_newton(17))
    print(isqrt_newton(10 ** 18), isqrt_newton(9223372030926249001), isqrt_newton(9223372030926249000))
