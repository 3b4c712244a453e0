def accumulate(n: int) -> float:
    s = 0               # widened: assigned a float inside the loop
    for i in range(n):
        s += 0.5 * i
    return s


def retyped(a: int) -> float:
    x = a               # straight-line code: a new variable per type
    print(x)
    x = a / 2
    return x


def branch_defined(flag: bool) -> int:
    if flag:
        y = 1
    else:
        y = 2
    return y


def chained(a: float) -> float:
    u = v = a * 2
    return u + v
