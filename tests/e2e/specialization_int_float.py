"""The same unannotated helpers called with ints and with floats:
the results keep Python's types (int stays int, float stays float)."""


def square(x):
    return x * x


def midpoint(a, b):
    return (a + b) / 2


def halve(x):
    return x // 2


def poly(x):
    return 3 * x ** 2 - 2 * x + 1


def clamp(x, lo, hi):
    return max(lo, min(x, hi))


def show_int(n: int) -> None:
    print("int:", square(n), midpoint(n, n + 1), halve(n), poly(n), clamp(n, 0, 10))


def show_float(x: float) -> None:
    print("float:", square(x), midpoint(x, x + 1.0), halve(x), poly(x), clamp(x, 0.0, 10.0))


def show_bool(b: bool) -> None:
    print("bool:", b, not b, b and True)


if __name__ == "__main__":
    show_int(7)
    show_int(-7)
    show_float(7.0)
    show_float(-7.5)
    show_bool(True)
    print(square(3), square(3.0), square(-0.5), halve(-7), halve(-7.0))
    print(poly(2), poly(2.0), poly(0.1))
