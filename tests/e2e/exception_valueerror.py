"""Input validation that ends with an uncaught ValueError."""
import math


def checked_log(x: float) -> float:
    if x <= 0.0:
        raise ValueError(f"checked_log needs a positive value, got {x}")
    return math.log(x)


def geometric_mean(a: float, b: float) -> float:
    return math.exp((checked_log(a) + checked_log(b)) / 2)


if __name__ == "__main__":
    print(checked_log(1.0))
    print(checked_log(math.e))
    print(geometric_mean(2.0, 8.0))
    print(geometric_mean(1e-3, 1e3))
    x = 4.0
    while x > -4.0:
        print("x =", x, "log =", checked_log(x))
        x -= 1.5
    print("unreachable")
