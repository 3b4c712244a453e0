# expect: error at 5:5: nested function definitions (closures) are not supported (inner inside outer)


def outer(x: float) -> float:
    def inner(y):
        return x * y
    return inner(2.0)
