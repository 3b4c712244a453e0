"""A signatures file with a malformed line (an error), and lines py2cpp skips with a warning: a
type it does not compile yet, a function that is gone, a changed parameter count."""


def f(x, y):
    return x + y
