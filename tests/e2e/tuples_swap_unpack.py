"""Tuples: returning several values, unpacking, swapping and printing."""


def min_max(a: float, b: float, c: float) -> tuple[float, float]:
    return min(a, b, c), max(a, b, c)


def divide(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def polar(x: float, y: float) -> tuple[float, float]:
    r = (x * x + y * y) ** 0.5
    return r, x / r if r != 0.0 else 0.0


def rotate3(a: int, b: int, c: int) -> tuple[int, int, int]:
    a, b, c = b, c, a
    return a, b, c


def describe(n: int) -> tuple[int, str, bool]:
    return n, "even" if n % 2 == 0 else "odd", n > 0


def sort2(a, b):
    if a > b:
        a, b = b, a
    return a, b


if __name__ == "__main__":
    lo, hi = min_max(3.5, -1.25, 2.0)
    print(lo, hi)
    print(min_max(1.0, 1.0, 1.0))
    q, r = divide(17, 5)
    print("q =", q, "r =", r)
    pair = divide(-17, 5)
    print(pair, pair[0], pair[1])
    print(polar(3.0, 4.0), polar(0.0, 0.0))
    x, y = 1, 2
    x, y = y, x
    print(x, y)
    print(rotate3(1, 2, 3))
    t = rotate3(7, 8, 9)
    print(t[0] + t[1] + t[2], t[2])
    print(describe(4), describe(-3))
    info = describe(0)
    print(info[1], info[2])
    print(sort2(5, 2), sort2(2, 5), sort2(2.5, -2.5), sort2("pear", "apple"))
    a, b = 0, 1
    for _ in range(10):
        a, b = b, a + b
    print(a, b)
    single = (42,)
    print(single, single[0])
    mixed = (1, 2.0, "three", True, None)
    print(mixed)
    print(mixed[2], mixed[4])
    nested = ((1, 2), (3.5, "x"))
    print(nested, nested[1][0])
