# expect: 2 errors, all reported: lambda at 5:9, assignment expression at 7:12


def f(x: float) -> float:
    g = lambda v: v + 1.0
    xs = [x, x]
    tbl = (y := x)
    return x
