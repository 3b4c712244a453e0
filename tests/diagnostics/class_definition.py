# expect: what a class may not hold yet, each located: a base class other than object (6:13), a
# class attribute (7:5), a decorator on a method (9:6), methods without a parameter for the object
# (10:5, 13:5), a class decorator (17:2) and an annotated class attribute (19:5), a class in a function (23:5).


class Point(Base):
    dims = 2

    @staticmethod
    def origin():
        return 0.0

    def norm():
        return 1.0


@dataclass
class Options:
    tol: float = 1e-6


def make():
    class Local:
        pass
    return 1
