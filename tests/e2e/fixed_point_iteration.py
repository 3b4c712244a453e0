# Fixed-point iterations: the Dottie number, the golden ratio and Babylonian square roots.

import math

#pythran export dottie(float, int)
#pythran export golden(int)


def dottie(x0, n):
    x = x0
    for _ in range(n):
        x = math.cos(x)
    return x


def golden(n):
    x = 1.0
    for _ in range(n):
        x = 1.0 + 1.0 / x
    return x


def iterate_until_stable(x0):
    """Iterate x -> cos(x) until the value stops changing; return (x, steps)."""
    x = x0
    steps = 0
    while True:
        nxt = math.cos(x)
        steps += 1
        if nxt == x:
            return x, steps
        x = nxt


def aitken(x0, rounds):
    """Aitken's delta-squared acceleration of x -> cos(x)."""
    x = x0
    for _ in range(rounds):
        x1 = math.cos(x)
        x2 = math.cos(x1)
        denom = x2 - 2.0 * x1 + x
        if denom == 0.0:
            return x2
        x = x - (x1 - x) ** 2 / denom
    return x


if __name__ == "__main__":
    for n in range(0, 101, 25):
        print(n, dottie(1.0, n), golden(n))
    print(iterate_until_stable(1.0))
    print(iterate_until_stable(-3.0))
    print(aitken(1.0, 3), aitken(1.0, 10))
    print(golden(100) == (1.0 + math.sqrt(5.0)) / 2.0)
