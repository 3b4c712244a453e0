# expect: the bases sema refuses: an unknown base (7:13), a base defined later (11:13), a dataclass
# deriving from a class (39:11); a module class as a base (Circle) and exception classes, with
# methods (Failure) or without, are accepted.
from dataclasses import dataclass


class Point(Base):
    pass


class Early(Later):
    pass


class Later:
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


@dataclass
class Dot(Shape):
    x: float = 0.0
