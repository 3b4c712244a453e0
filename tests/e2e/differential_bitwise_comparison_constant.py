"""Differential regression: comparing a bitwise expression with a constant it can never equal.
`(a | -131) == -12` is False for every int a (bit 1 of -131 is set, of -12 it is not); Python just
computes it. py2cpp emits it as is and g++ rejects the C++ (-Werror=tautological-compare: bitwise
comparison always evaluates to false)."""


def f(a):
    if (a | -131) == -12:
        print("never")
    print((a & 4) == 3)


if __name__ == "__main__":
    f(5)
