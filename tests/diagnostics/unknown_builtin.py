# expect: error at 5:12: unsupported built-in function 'ascii'


def f(n: int) -> str:
    return ascii(n)
