"""@dataclass: generated __init__ (defaults, keywords), __repr__, __eq__, order=True."""
from dataclasses import dataclass, field


@dataclass
class Options:
    """Solver options."""

    tol: float = 1e-6
    max_iter: int = 100
    method: str = "newton"


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0)


@dataclass
class Sample:
    name: str
    values: list

    def mean(self):
        return sum(self.values) / len(self.values)


def solve(opts):
    steps = 0
    err = 1.0
    while err > opts.tol and steps < opts.max_iter:
        err /= 10.0
        steps += 1
    return steps


o = Options()
print(o, solve(o), solve(Options(tol=1e-3)), solve(Options(1e-9, 5)))
print(Options() == Options(), Options(method="bisect") == Options(), Options(method="bisect"))
vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(max(vs), Version(1, 2) < Version(1, 2, 1), Version(2) >= Version(1, 9, 9))
s = Sample("a", [1.0, 2.0, 4.5])
s.values.append(0.5)
print(s, s.mean())
