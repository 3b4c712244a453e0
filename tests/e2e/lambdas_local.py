"""Lambdas bound to a local name and called: each call is the lambda's body with the parameters
bound to the arguments (any types: the body is typed per call), free names read at the call."""
import math


def bisect_root(lo: float, hi: float) -> float:
    f = lambda x: x * x - 2.0
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return 0.5 * (lo + hi)


def trapezoid(a: float, b: float, n: int) -> float:
    g = lambda t: math.exp(-t * t)
    h = (b - a) / n
    return h * (0.5 * g(a) + sum(g(a + k * h) for k in range(1, n)) + 0.5 * g(b))


def noisy(x: int) -> int:
    print("evaluated", x)
    return x


if __name__ == "__main__":
    print(bisect_root(0.0, 2.0), round(trapezoid(0.0, 1.0, 100), 12))
    add = lambda a, b: a + b
    print(add(1, 2), add("x", "y"), add(b=2.5, a=1), add([1], [2, 3]))
    sq = lambda t: t * t
    print(sorted([-3, 1, 2], key=sq), list(map(sq, [1, 2])), [sq(v) for v in range(4)])
    offset = 10
    shifted = lambda v: v + offset
    print(shifted(1))
    offset = 20  # a lambda reads its free variables when it is called
    print(shifted(1))
    const = lambda: offset * 2
    print(const())
    pick = lambda first, second: first
    print(pick(noisy(1), noisy(2)))  # both arguments evaluated, left to right
    t = 3
    shadow = lambda t: t * 100  # the parameter, not the outer t
    print(shadow(2), t)
    norm = lambda p: math.hypot(p[0], p[1])
    print(norm((3.0, 4.0)), max([(1.0, 1.0), (0.0, 3.0)], key=norm))
