"""Comparisons of ints computed from literals alone against constants beyond 32 bits (the
differential tester, seed 9: `min(-685, 2147483647) < -2147483648` and
`-250000000000 < (-2 if c else max(-944, -6))` were C++ `int` expressions, and g++ rejected the
comparisons with -Werror=type-limits)."""


def check(c):
    print(min(-685, 2147483647) < -2147483648, max(-944, -6) > -250000000000)
    print(-250000000000 < (-2 if c else max(-944, -6)), (-2 if c else -6) < -3000000000)
    print(min(3, 4) * 3000000000, max(-7, 2) - 5000000000)


if __name__ == "__main__":
    check(True)
    check(False)
