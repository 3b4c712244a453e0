"""Container-like classes: __getitem__, __setitem__, __contains__, __len__, __call__."""


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0] * (w * h)

    def __getitem__(self, ij):
        i, j = ij
        return self.cells[i * self.w + j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.cells[i * self.w + j] = value

    def __contains__(self, value):
        return value in self.cells

    def __len__(self):
        return len(self.cells)


class Poly:
    def __init__(self, coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        acc = 0.0
        for c in reversed(self.coeffs):
            acc = acc * x + c
        return acc


g = Grid(3, 2)
g[1, 2] = 7
g[0, 0] = g[1, 2] + 1
print(g[0, 0], g[1, 2], 7 in g, 5 in g, 5 not in g, len(g), g.cells)
g[1, 2] += 10
grids = [g]
grids[0][0, 1] -= 4
print(g[1, 2], g[0, 1], g.cells)
p = Poly([1.0, 0.0, 2.0])
print(p(0.5), p(2.0), [p(x) for x in range(3)])
