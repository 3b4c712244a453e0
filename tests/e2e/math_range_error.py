"""Growth model: math.exp overflows for a large exponent (OverflowError: math range error)."""
import math


def population(p0: float, rate: float, t: float) -> float:
    return p0 * math.exp(rate * t)


if __name__ == "__main__":
    t = 1.0
    while True:
        print(f"t={t:g} population={population(100.0, 0.5, t):.6e}")
        t *= 10.0
