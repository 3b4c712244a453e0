# expect: error at 6:16: a nested function's default value that is not a constant (Python evaluates
# it when the def runs).


def outer(k):
    def g(x, y=k):
        return x * y
    return g(1)


print(outer(2))
