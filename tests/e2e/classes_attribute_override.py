"""Class attributes assigned again in derived classes: an object reads its own class's value,
also in a base-class method and when it is held as an object of the base class."""


class Shape:
    SIDES = 0
    NAME = "shape"
    SCALE = 1.0

    def __init__(self, size: float):
        self.size = size

    def perimeter(self) -> float:
        return self.SIDES * self.size * self.SCALE

    def describe(self) -> str:
        return f"{self.NAME} with {self.SIDES} sides, perimeter {self.perimeter():.2f}"


class Triangle(Shape):
    SIDES = 3
    NAME = "triangle"


class Square(Shape):
    SIDES = 4
    NAME = "square"
    SCALE = 1.5


class BigSquare(Square):
    SCALE = 10.0


class Cube(Square):  # only inherits Square's attributes
    pass


def total_sides(shapes: list) -> int:
    total = 0
    for s in shapes:
        total += s.SIDES
    return total


def main() -> None:
    shapes = [Shape(1.0), Triangle(2.0), Square(1.0), BigSquare(0.5), Cube(2.0)]
    for s in shapes:
        print(s.describe(), s.SCALE)
    print(total_sides(shapes))
    sq = Square(2.0)
    print(sq.perimeter(), sq.NAME, Square.SCALE, Shape.SCALE, BigSquare.SIDES)
    first: Shape = shapes[3]
    print(first.NAME, first.SCALE, first.describe())
    by_name = {s.NAME: s.SIDES for s in shapes}
    print(by_name)


if __name__ == "__main__":
    main()
