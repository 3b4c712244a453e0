# expect: 2 errors, all reported: 'with' at 5:5, assignment expression at 8:12


def f(x: float) -> float:
    with open("f") as fh:
        x = x + 1.0
    xs = [x, x]
    tbl = (y := x)
    return x
