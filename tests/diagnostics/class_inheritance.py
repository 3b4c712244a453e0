# expect: bases sema refuses: an unknown base (5:13), a module class as a base (14:14), an
# exception class with a method (19:5); an exception class without methods is accepted (23:1).


class Point(Base):
    pass


class Shape:
    def area(self):
        return 0.0


class Circle(Shape):
    pass


class Failure(ValueError):
    def describe(self):
        return "failure"


class Accepted(ValueError):
    """Fine."""
