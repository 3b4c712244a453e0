"""Differential regression: slicing the result of an element-wise expression.
`(a * b)[::-1]` is valid NumPy; py2cpp emits a slice of the lazy expression, which has no view():
the generated C++ does not compile (error: 'class py::np::expr<...>' has no member named 'view')."""
import numpy as np


def f():
    a = np.array([1.0, 2.0, 3.0])
    b = np.array([4.0, 5.0, 6.0])
    c = (a * b)[::-1]
    print(c)
    print((a > 1.5)[1:])


if __name__ == "__main__":
    f()
