"""Differential regression: `py2cpp transpile` crashes (SIGSEGV) on an if/elif chain whose elif
condition is a constant (False, True, 422, ...). Python runs it and prints 1."""


def f(a):
    if a:
        print(1)
    elif False:
        print(2)
    else:
        print(3)


if __name__ == "__main__":
    f(True)
