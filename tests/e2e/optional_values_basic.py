"""None as a default value and as an 'absent' result, tested with is / is not."""
import math


def scaled(x, scale=None):
    if scale is None:
        scale = 1.0
    return x * scale


def first_divisor(n):
    """Smallest divisor > 1 of n, or None when n is prime."""
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return None


def describe(n: int) -> str:
    d = first_divisor(n)
    if d is None:
        return f"{n} is prime"
    return f"{n} = {d} * {n // d}"


def apply_scale(x: float, use_default: bool) -> float:
    if use_default:
        return scaled(x)
    return scaled(x, 2.5)


def log_or_default(x: float, base: float = 0.0) -> float:
    b = None if base <= 0.0 else base
    if b is not None:
        return math.log(x, b)
    return math.log(x)


def report() -> None:
    print("report done")


if __name__ == "__main__":
    print(apply_scale(4.0, True), apply_scale(4.0, False))
    for n in range(2, 16):
        print(describe(n))
    print(describe(1000003), describe(1000001))
    print(log_or_default(8.0), log_or_default(8.0, 2.0), log_or_default(1000.0, 10.0))
    r = report()
    print(r, r is None)
    print(None is None, first_divisor(91) is not None)
