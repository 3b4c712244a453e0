# expect: errors in two places, all reported: class at 2:1, try at 7:5, global at 8:9
class Box:
    pass


def f(x: float) -> float:
    try:
        global g
    finally:
        pass
