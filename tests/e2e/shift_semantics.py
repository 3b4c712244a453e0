"""Shifts with Python's semantics: counts of 63 and more, negative operands, variables."""


def right_shifts(x):
    print(x, x >> 0, x >> 1, x >> 3, x >> 62, x >> 63, x >> 64, x >> 65, x >> 70, x >> 1000)


def left_shift(x, n):
    return x << n


if __name__ == "__main__":
    right_shifts(0)
    right_shifts(1)
    right_shifts(-1)
    right_shifts(5)
    right_shifts(-5)
    right_shifts(9223372036854775807)
    right_shifts(-9223372036854775807 - 1)
    right_shifts(123456789)
    right_shifts(-123456789)
    for n in range(0, 63, 7):
        print(n, left_shift(1, n), left_shift(-1, n), left_shift(0, n * 1000), left_shift(3, n // 2))
    print(left_shift(-1, 63), left_shift(1, 62), left_shift(-4, 61), left_shift(0, 100000))
    print(1 << 62, -1 << 63, 3 << 61)
    v = 1
    for n in range(62):
        v <<= 1
    print(v)
    w = -12345
    w >>= 100
    print(w)
    x = 7
    print(x >> 70, x << 0, (-x) >> 70)
