# expect: error at 8:13: type conflict for variable 'x': str (first assigned at 5:5) vs int (assigned at 8:13); x is returned at 9:12


def f(n: int) -> str:
    x = "a"
    for i in range(n):
        if i > 2:
            x = 1
    return x
