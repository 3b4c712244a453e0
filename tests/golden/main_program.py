#!/usr/bin/env python3
"""A script with a main block, f-strings and print options."""
import math

RATE = 0.05  # module constant


def grow(p: float, years: int) -> float:
    return p * (1 + RATE) ** years


if __name__ == "__main__":
    # report a few values
    for y in range(0, 11, 5):
        v = grow(100.0, y)
        print(f"year {y:2d}: {v:.2f}", "ok" if v > 100 else "base", sep=" | ")
    print(math.pi, math.floor(-2.5), sep=", ", end="!\n")
    assert grow(1.0, 0) == 1.0, "no growth at year 0"
