"""Defaults made per object: dataclass field(default_factory=...), the `x if x is not None else []`
idiom of hand-written __init__, and module constants bound by unpacking a tuple display."""
from dataclasses import dataclass, field

import numpy as np

WIDTH, HEIGHT = 4, 3  # grid size
(LOW, HIGH) = (-1.5, 2.5)
LABEL, SCALE, FLAGS = "grid", 0.5, (True, False)
GRID = np.zeros((HEIGHT, WIDTH))


def make_weights():
    return [1.0, 0.5]


@dataclass
class Run:
    """A run's settings: every list and dict is the object's own."""

    name: str
    tol: float = 1e-8
    tags: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=make_weights)
    steps: list[int] = field(default_factory=lambda: [1, 2, 3])
    counts: dict[str, int] = field(default_factory=dict)
    seen: set[int] = field(default_factory=set)


class Series:
    def __init__(self, name, values=None, meta=None):
        self.name = name
        self.values = values if values is not None else []
        self.meta = {} if meta is None else meta

    def add(self, v):
        self.values.append(v)
        self.meta[len(self.values)] = v * SCALE
        return self


def area():
    return WIDTH * HEIGHT * SCALE


def main():
    a = Run("a")
    b = Run("b", 1e-3)
    a.tags.append("first")
    a.counts["x"] = 1
    a.seen.add(3)
    b.weights.append(2.0)
    print(a)
    print(b)
    print(a.tags is b.tags, a.weights == b.weights)  # each object has its own list
    c = Run("c", tags=["t"], steps=[9])
    print(c, c == Run("c", 1e-8, ["t"], [1.0, 0.5], [9]))

    s = Series("s").add(1.0).add(2.5)
    t = Series("t", [7.0], {0: 0.0})
    t.add(3.0)
    u = Series("u")
    print(s.name, s.values, s.meta)
    print(t.name, t.values, t.meta)
    print(u.name, u.values, u.meta, s.values is u.values)

    print(WIDTH, HEIGHT, LOW, HIGH, LABEL, SCALE, FLAGS, area(), GRID.shape)


main()
