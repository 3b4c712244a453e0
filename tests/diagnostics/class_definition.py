# expect: what the front end refuses in classes, each located: a class attribute of two names (7:5),
# a class method without a parameter for the class (10:5), a method without one for the object (13:5), a class
# decorator (17:2), an annotated class attribute (19:5), a class in a function (23:5), two bases (29:25).


class Point:
    lo, hi = 0, 1

    @classmethod
    def origin():
        return 0.0

    def norm():
        return 1.0


@total_ordering
class Options:
    tol: float = 1e-6


def make():
    class Local:
        pass
    return 1



class Twice(ValueError, KeyError):
    pass
