# expect: error at 4:12: variadic parameters (*args) are not supported (nor **kwargs, at 4:20)


def total(*args, **kwargs) -> float:
    s = 0.0
    for a in args:
        s += a
    return s
