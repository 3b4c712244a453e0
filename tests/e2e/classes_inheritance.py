"""Single inheritance: inherited and overridden methods, super(), dispatch through a base, isinstance."""
import math


class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name} with area {self.area():.3f}"

    def move(self):
        self.moves += 1
        return self

    def __repr__(self):
        return f"Shape({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle({self.r})"


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side


class Cube(Square):
    def area(self):
        return 6 * super().area()

    def describe(self):
        return "cube: " + super().describe()


shapes = [Circle(1.0), Square(2.0), Cube(1.5), Shape("blob")]
for s in shapes:
    print(s.describe(), s.area(), s)
total = sum(s.area() for s in shapes)
print(f"{total:.4f}")
print([isinstance(s, Square) for s in shapes], [isinstance(s, Shape) for s in shapes])
print(isinstance(shapes[2], (Circle, Cube)), isinstance(shapes[0], Square))
c = Circle(2.0)
c.move().move()
print(c.moves, c.name, c.r, c.describe())
biggest = max(shapes, key=lambda s: s.area())
print(biggest, biggest.name)
sq = Cube(1.0)
print(sq.area(), Square.area(sq), sq.side)
