"""Differential regression: a right shift by a negative count held in a variable.
Python raises `ValueError: negative shift count`; the C++ shifts anyway (undefined behaviour) and
prints 0, exit status 0."""


def f(a, s):
    print(a >> s)


if __name__ == "__main__":
    f(1000, -2)
