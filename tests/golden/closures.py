# Functions as values and closures: a module function and a lambda passed to a user function
# (each a specialization of it, the call inside a direct call), a closure returned from a factory
# (a struct of what it captured) and a nested helper reading the enclosing function's array.
import numpy as np


def integrate(f, a, b, n):
    h = (b - a) / n
    total = 0.0
    for i in range(n):
        total += f(a + (i + 0.5) * h)
    return h * total


def square(x):
    return x * x


def make_scaler(k):
    def scale(x):
        return k * x
    return scale


def residual(A, b):
    def norm_at(x):
        return float(np.linalg.norm(A @ x - b))
    return norm_at(np.zeros(len(b)))


def main():
    print(integrate(square, 0.0, 1.0, 100))
    print(integrate(lambda t: t ** 3, 0.0, 1.0, 100))
    s = make_scaler(2.5)
    print(s(4.0))
    print(residual(np.eye(2), np.ones(2)))


main()
