# expect: errors in two places, all reported: class at 2:1, with at 7:5 (its body is not examined)
class Box:
    pass


def f(x: float) -> float:
    with x:
        global g
