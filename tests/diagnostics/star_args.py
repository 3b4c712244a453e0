# expect: error at 4:20: keyword-variadic parameters (**kwargs) are not supported (*args are)


def total(*args, **kwargs) -> float:
    s = 0.0
    for a in args:
        s += a
    return s
