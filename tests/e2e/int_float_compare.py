"""Comparing ints with floats is exact in Python (no rounding of the int to a double), for
== != < <= > >=, around 2**53 and 2**63, with infinities and NaN, and in chained comparisons."""


def show(i, x):
    print(i, repr(x), i == x, i != x, i < x, i <= x, i > x, i >= x, x == i, x < i, x >= i)


if __name__ == "__main__":
    big = 9007199254740993
    show(big, 9007199254740992.0)
    show(big - 1, 9007199254740992.0)
    show(big + 1, 9007199254740994.0)
    show(-big, -9007199254740992.0)
    show(9223372036854775807, 9223372036854775808.0)
    show(-9223372036854775807 - 1, -9223372036854775808.0)
    show(-9223372036854775807 - 1, -9.3e18)
    show(9223372036854775807, 1e300)
    show(9223372036854775807, float("inf"))
    show(-9223372036854775807, float("-inf"))
    show(9223372036854775807, float("nan"))
    show(5, float("nan"))
    show(123456789012345678, 123456789012345680.0)
    show(123456789012345678, 1.5)
    show(-123456789012345678, -0.5)
    show(3, 3.0)
    show(3, 3.5)
    show(-3, -3.5)
    show(0, -0.0)
    k = 2 ** 60 + 1
    y = 2.0 ** 60
    print(y < k < 1.2e18, y <= k - 1 <= y, k == y, k - 1 == y)
    total = 0
    for n in range(9007199254740990, 9007199254740996):
        if n > 9007199254740992.0:
            total += 1
        if n == 9007199254740992.0:
            total += 100
    print(total)
    print(9007199254740993 == 9007199254740992.0)
