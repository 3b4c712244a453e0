"""Entropy of a two-outcome distribution; p reaches 0 and math.log(0) fails."""
import math


def entropy_bits(p: float) -> float:
    q = 1.0 - p
    return -(p * math.log2(p) + q * math.log(q, 2))


if __name__ == "__main__":
    for k in range(1, 10, 2):
        p = k / 10
        print(f"H({p}) = {entropy_bits(p):.6f}")
    print(entropy_bits(0.0))
