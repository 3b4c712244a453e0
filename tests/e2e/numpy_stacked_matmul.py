"""np.matmul / @ on stacks of matrices (rank 3 and 4): batched products, leading axes that
broadcast (a (2, 1, ...) stack with a (3, ...) one), a matrix or a vector against a stack, strided
and transposed stacks, int64, and NumPy's errors for mismatched core and stack axes. (float32
products are left out: their last bits follow the BLAS's summation order, which differs.)"""
import numpy as np


def main():
    a = (np.arange(2 * 3 * 4.0).reshape(2, 3, 4) * 0.37) % 1.9 - 0.9
    b = (np.arange(2 * 4 * 5.0).reshape(2, 4, 5) * 0.53) % 1.7 - 0.8
    print(a @ b)
    print(np.matmul(a, b).shape)
    m = (np.arange(20.0).reshape(4, 5) * 0.21) % 1.3
    print(a @ m, m.T @ a.transpose(0, 2, 1))
    v = np.arange(4.0) - 1.5
    print(a @ v, (v @ b).shape, v @ b)
    c = (np.arange(2 * 1 * 3 * 4.0).reshape(2, 1, 3, 4) * 0.71) % 2.3
    d = (np.arange(3 * 4 * 2.0).reshape(3, 4, 2) * 0.29) % 1.1
    print((c @ d).shape, c @ d)
    s = a[:, ::2, 1:]
    print(s @ b[:, 1:, ::2])
    i = np.arange(24).reshape(2, 3, 4)
    print(i @ np.arange(8).reshape(2, 4, 1))
    try:
        print(a @ a)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(a @ np.ones((3, 4, 5)))
    except ValueError as e:
        print("ValueError:", e)


main()
