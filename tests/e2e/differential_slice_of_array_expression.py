"""Slicing, indexing, transposing and iterating the result of an element-wise expression:
`(a * b)[::-1]` is a view of the product's new array in NumPy. py2cpp emitted view() of the lazy
expression, and the C++ did not compile (the differential tester's regression
slice_of_array_expression): such operands are now evaluated into an array first."""
import numpy as np


def f():
    a = np.array([1.0, 2.0, 3.0])
    b = np.array([4.0, 5.0, 6.0])
    c = (a * b)[::-1]
    print(c)
    print((a > 1.5)[1:])
    m = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    print((m + 1.0)[:, 0], (m * 2.0)[1], (m - m)[2, 1])
    print((m + 1.0).T)
    print((m * m).copy())
    print((a + b)[np.array([2, 0])], (a * 2.0)[a > 1.5])
    total = 0.0
    for x in a * 10.0:
        total += x
    print(total)
    for row in m + 100.0:
        print(row)
    print(np.sqrt(m)[0, :], np.sqrt(m).T[1])


if __name__ == "__main__":
    f()
