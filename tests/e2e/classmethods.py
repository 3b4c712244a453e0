"""@classmethod: cls bound to the class, alternative constructors called on the class and on an
object, class attributes read through cls, classmethods calling each other, and an inherited
classmethod called on a subclass constructing the subclass (as in Python)."""


class Point:
    DIM = 2
    made = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def from_list(cls, xs):
        return cls(xs[0], xs[1])

    @classmethod
    def from_pair(cls, pair):
        x, y = pair
        return cls.from_list([x, y])

    @classmethod
    def origin(cls):
        return cls(0.0, 0.0)

    @classmethod
    def describe(cls, scale=1):
        return f"{cls.made} in {cls.DIM * scale} dims"

    @classmethod
    def unit_vectors(cls, n):
        return [cls(float(i == 0), float(i == 1)) for i in range(n)]

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    DIM = 3
    made = "point3"

    def __repr__(self):
        return f"Point3({self.x}, {self.y})"

    def label(self):
        return "3d:" + self.describe()


class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273.15)

    @classmethod
    def from_fahrenheit(cls, f):
        return cls.from_celsius((f - 32) * 5 / 9)

    @staticmethod
    def freezing():
        return Temperature.from_celsius(0.0)


p = Point.from_list([1.5, 2.5])
print(p, p.norm2())
q = Point.from_pair((3.0, 4.0))
print(q, q.norm2())
print(Point.origin(), Point.describe(), Point.describe(scale=10))
print(Point.unit_vectors(2))

r = Point3.from_list([5.0, 6.0])
print(r, isinstance(r, Point3), r.label())
print(Point3.from_pair((7.0, 8.0)), Point3.origin(), Point3.describe(2))
print(Point3.unit_vectors(3))

t = Temperature.from_celsius(25.0)
print(round(t.kelvin, 2), round(t.from_celsius(-273.15).kelvin, 2))
print(round(Temperature.from_fahrenheit(212.0).kelvin, 2), round(Temperature.freezing().kelvin, 2))
hot = t.from_fahrenheit(451.0)
print(round(hot.kelvin, 3))


# Called on objects held as their base class: each object's own class, as Python does.
class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    @classmethod
    def make(cls, size):
        return cls(size)

    @classmethod
    def kind(cls):
        return f"{cls.sides} sides"

    def grown(self):
        return self.make(self.size * 2)

    def __repr__(self):
        return f"Shape({self.size})"


class Square(Shape):
    sides = 4

    def __repr__(self):
        return f"Square({self.size})"


class Tri(Shape):
    sides = 3

    @classmethod
    def kind(cls):
        return "triangle"


shapes = [Shape(1), Square(2), Tri(3)]
for s in shapes:
    print(s.grown(), s.kind(), s.make(9), isinstance(s.make(1), Square))
print(Square.make(5).grown(), Tri.kind(), Shape.kind())
