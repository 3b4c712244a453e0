# expect: errors in two places, all reported: a base class at 2:11, match at 7:5 (its body is not examined)
class Box(Base):
    pass


def f(x: float) -> float:
    match x:
        case 1.0:
            global g
