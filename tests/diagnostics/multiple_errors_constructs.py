# expect: 3 errors, all reported: lambda at 5:9, list literal at 6:10, set literal at 7:11


def f(x: float) -> float:
    g = lambda v: v + 1.0
    xs = [x, x]
    tbl = {1, x}
    return x
