# expect: error at 4:1: class definitions are not supported (class Point)


class Point:
    def __init__(self, x: float) -> None:
        self.x = x


def norm(x: float) -> float:
    return abs(Point(x).x)
