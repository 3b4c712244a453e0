# expect: class attributes are constants: a value computed by the module's code (12:12),
# assigning one on an object (16:9), a class attribute the class lacks (25:7), and a static
# method called through an expression rather than the class (26:7); a property without a setter
# assigned (36:1) and called (37:7).


def initial():
    return 3.0


class Grid:
    STEP = initial()
    SIZE = 10

    def resize(self):
        self.SIZE = 20

    @staticmethod
    def cells(n):
        return n * n


g = Grid()
g.resize()
print(Grid.MISSING)
print([g][0].cells(2))


class Ring:
    @property
    def size(self):
        return 1


r = Ring()
r.size = 2
print(r.size())
