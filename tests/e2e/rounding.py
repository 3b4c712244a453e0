"""round() uses round-half-to-even and decides halves on the exact binary value."""


def round0(x: float) -> int:
    return round(x)


def round_to(x: float, digits: int) -> float:
    return round(x, digits)


def round_int(n: int, digits: int) -> int:
    return round(n, digits)


if __name__ == "__main__":
    print(round0(0.5), round0(1.5), round0(2.5), round0(3.5), round0(-0.5), round0(-1.5), round0(-2.5))
    print(round0(2.4999999999999996), round0(2.5000000000000004), round0(-0.4), round0(0.49999999999999994))
    print(round0(1e15 + 0.5), round0(4503599627370497.0), round0(-7.0), round0(123456.789))
    print(round_to(0.125, 2), round_to(0.375, 2), round_to(2.675, 2), round_to(1.005, 2))
    print(round_to(0.5, 0), round_to(1.5, 0), round_to(-0.5, 0), round_to(-0.4, 0))
    print(round_to(3.14159, 3), round_to(-3.14159, 1), round_to(1234.5678, -2), round_to(1250.0, -2))
    print(round_to(1e300, 2), round_to(1e-300, 2), round_to(5e-324, 300), round_to(0.1 + 0.2, 15))
    print(round_to(12345.6789, -5), round_to(55555.0, -4), round_to(1.23456789e10, -3))
    print(round_int(1234, -2), round_int(1250, -2), round_int(1350, -2), round_int(-1250, -2))
    print(round_int(15, -1), round_int(25, -1), round_int(7, 2), round_int(-5, -1))
    total = 0.0
    for i in range(10):
        total += 0.1
    print(total, round(total, 10), round(total), round(total, 1) == 1.0)
    print(round(7.0), round(-7.45, 1), round(2.5, 0), round(0.0), round(-0.0, 3))
