# Keyword-only parameters (after a bare `*`): with and without defaults, annotated, in methods,
# nested functions and functions passed as values.
import numpy as np

TOLERANCE = 1e-6


def solve(x, *, tol=1e-8, maxiter=100):
    return x * tol + maxiter


def scaled(values: list[float], *, factor: float, offset: float = 0.0) -> list[float]:
    return [v * factor + offset for v in values]


def norm_of(a, *, ord=2, tol=TOLERANCE):
    n = np.linalg.norm(a, ord)
    return n if n > tol else 0.0


def positional_then_keyword(a, b=2, *, c, d=4):
    return a * 1000 + b * 100 + c * 10 + d


class Integrator:
    def __init__(self, *, step: float = 0.1, steps=10):
        self.step = step
        self.steps = steps

    def run(self, f, x0, *, verbose=False):
        x = x0
        for _ in range(self.steps):
            x = x + self.step * f(x)
        if verbose:
            print("ran", self.steps, "steps of", self.step)
        return x


def outer(n):
    def inner(k, *, power=2):
        return k ** power + n
    return inner(3) + inner(2, power=3)


def key_of(x, *, weight=-1):
    return weight * x


print(solve(2.0))
print(solve(2.0, tol=0.5))
print(solve(2.0, maxiter=3, tol=0.25))
print(scaled([1.0, 2.0], factor=3.0))
print(scaled([1.0, 2.0], offset=1.0, factor=0.5))
print(norm_of(np.array([3.0, 4.0])), norm_of(np.array([3.0, 4.0]), ord=1), norm_of(np.zeros(2), tol=0.5))
print(positional_then_keyword(1, c=3), positional_then_keyword(1, 5, c=3, d=7), positional_then_keyword(c=1, a=9))
print(Integrator().run(lambda x: -x, 1.0))
print(Integrator(steps=3, step=0.5).run(lambda x: x * x, 0.5, verbose=True))
print(outer(10))
print(sorted([3, 1, 2], key=key_of))
