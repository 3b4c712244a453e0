"""@property with and without a setter."""
import math


class Circle:
    def __init__(self, radius):
        self._radius = radius
        self.changes = 0

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value
        self.changes += 1

    @property
    def area(self):
        return math.pi * self.radius ** 2


c = Circle(1.0)
print(c.radius, round(c.area, 6))
c.radius = 2.5
c.radius += 0.5
print(c.radius, round(c.area, 6), c.changes)
try:
    c.radius = -1.0
except ValueError as e:
    print("ValueError:", e)
print(sorted([Circle(3.0), Circle(1.0)], key=lambda k: k.area)[0].radius)
