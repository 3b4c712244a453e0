# expect: 2 errors, all reported: 'match' at 5:5, assignment expression at 9:12


def f(x: float) -> float:
    match x:
        case 1.0:
            x = x + 1.0
    xs = [x, x]
    tbl = (y := x)
    return x
