# Functions as values: module functions and lambdas passed to user functions, bound to names,
# returned; closures over the enclosing function's variables (captured by value when never
# rebound afterwards); nested functions calling themselves.
import numpy as np


def integrate(f, a, b, n):
    h = (b - a) / n
    return h * sum(f(a + (i + 0.5) * h) for i in range(n))


def square(x):
    return x * x


def cube(x):
    return x * x * x


def newton(f, df, x0, tol=1e-12):
    x = x0
    for _ in range(50):
        step = f(x) / df(x)
        x = x - step
        if abs(step) < tol:
            break
    return x


def make_scaler(k):
    def scale(x):
        return k * x
    return scale


def make_affine(a, b):
    return lambda x: a * x + b


def apply_twice(f, x):
    return f(f(x))


def residual_norm(A, b):
    def residual(x):
        return float(np.linalg.norm(A @ x - b))
    x = np.linalg.solve(A, b)
    return residual(x), residual(np.zeros(len(b)))


def collect(limit):
    seen = []
    def add(v):
        seen.append(v)
        return len(seen)
    add(1)
    add(2)
    seen.append(limit)
    return add(3), seen


def factorial_of(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


def by_keyword(f):
    return f(x=2.0, y=3.0) + f(1.0)


def pair(x, y=10.0):
    return x * y


def main():
    print(integrate(square, 0.0, 1.0, 100))
    print(integrate(cube, 0.0, 1.0, 100))
    print(integrate(lambda t: t ** 3, 0.0, 2.0, 50))
    root = newton(lambda x: x * x - 2.0, lambda x: 2.0 * x, 1.0)
    print(round(root, 12))
    s = make_scaler(2.5)
    print(s(4.0))
    t = make_scaler(3)
    print(t(4), t(0.5))
    scalers = [make_scaler(1.5), make_scaler(2.0), make_scaler(0.5)]
    for sc in scalers:
        print(sc(2.0))
    g = lambda t: t * 2.0
    print(g(21.0), apply_twice(g, 1.5), apply_twice(square, 3))
    aff = make_affine(2, 1)
    print(aff(5), apply_twice(aff, 1))
    A = np.array([[4.0, 1.0], [1.0, 3.0]])
    b = np.array([1.0, 2.0])
    r = residual_norm(A, b)
    print(r[0] < 1e-12, round(r[1], 10))
    print(collect(7))
    print(factorial_of(10))
    print(by_keyword(pair))
    words = ["pear", "fig", "banana"]
    print(sorted(words, key=lambda w: len(w)))
    f = square
    print(f(9), integrate(f, 0.0, 3.0, 30))


main()
