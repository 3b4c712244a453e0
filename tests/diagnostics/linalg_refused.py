"""numpy.linalg calls refused at compile time, each located: complex results (eig, eigvals),
modes and forms whose result type is not supported or not known when compiling."""
import numpy as np


def main(n: int):
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    w, v = np.linalg.eig(a)
    print(np.linalg.eigvals(a))
    h, tau = np.linalg.qr(a, mode="raw")
    k = np.array([[1, 1], [1, 0]])
    print(np.linalg.matrix_power(k, n))
    stack = np.ones((2, 3, 3))
    print(np.linalg.solve(stack, np.ones(3)))
    print(np.linalg.qr(stack), np.linalg.svd(a, hermitian=True))
    print(np.linalg.inv(np.ones(3)))
    print(w, v, h, tau)


main(3)
