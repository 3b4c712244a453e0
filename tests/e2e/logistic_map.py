"""The logistic map x -> r x (1 - x): fixed points, cycles and chaos."""


def iterate(r: float, x0: float, n: int) -> float:
    x = x0
    for _ in range(n):
        x = r * x * (1.0 - x)
    return x


def lyapunov(r: float, x0: float, n: int) -> float:
    log_sum = 0.0
    x = x0
    for _ in range(100):
        x = r * x * (1.0 - x)
    for _ in range(n):
        x = r * x * (1.0 - x)
        d = abs(r * (1.0 - 2.0 * x))
        log_sum += log_approx(d)
    return log_sum / n


def log_approx(y):
    """Natural log by range reduction and the atanh series (no math import)."""
    if y <= 0.0:
        return -745.0
    k = 0
    while y > 2.0:
        y /= 2.0
        k += 1
    while y < 1.0:
        y *= 2.0
        k -= 1
    z = (y - 1.0) / (y + 1.0)
    z2 = z * z
    term = z
    total = 0.0
    for i in range(0, 60):
        total += term / (2 * i + 1)
        term *= z2
    return 2.0 * total + k * 0.6931471805599453


def cycle_length(r: float) -> int:
    x = iterate(r, 0.5, 5000)
    start = x
    for period in range(1, 65):
        x = r * x * (1.0 - x)
        if abs(x - start) < 1e-9:
            return period
    return -1


if __name__ == "__main__":
    for i in range(6):
        r = 2.5 + i * 0.25
        print(f"r={r:.2f} x_1000={iterate(r, 0.2, 1000):.12f} period={cycle_length(r)}")
    print(iterate(4.0, 0.1, 10), iterate(4.0, 0.1, 50))
    print(iterate(3.9, 0.5, 100), iterate(3.9, 0.5 + 1e-15, 100))
    print(f"{lyapunov(3.2, 0.3, 1000):.6f} {lyapunov(4.0, 0.3, 10000):.3f}")
    print(log_approx(1.0), log_approx(2.718281828459045), log_approx(1e-10), log_approx(1e10))
