"""Differential regression: int literals are emitted as C++ `int` (32 bits), so an expression built
only from literals that py2cpp does not fold is computed in 32 bits. Python prints 9000000000000
twice; the C++ prints 2043514880 for the conditional expression (it wraps), and
`min(3000000, 4000000) * 3000000` does not even compile (-Werror=overflow)."""


def f(a):
    print((3000000 if a else 1) * 3000000)
    print(min(3000000, 4000000) * 3000000)


if __name__ == "__main__":
    f(True)
