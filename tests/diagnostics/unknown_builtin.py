# expect: error at 5:12: unsupported built-in function 'sorted'


def f(n: int) -> int:
    return sorted(n)
