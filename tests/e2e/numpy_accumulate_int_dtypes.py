"""np.cumsum/np.cumprod (flat and along an axis) and sum(keepdims=True) of int32 and bool arrays:
NumPy accumulates them in int64 and returns int64 (the differential tester's regression
cumsum_int32: the mapping table typed the result int32 while the runtime returned int64, and the
C++ did not compile)."""
import numpy as np


def f():
    a = np.array([4, 6, -1, 0]).astype(np.int32)
    b = np.array([True, False, True])
    m = np.array([[1, 2, 3], [4, 5, 6]]).astype(np.int32)
    print(np.cumsum(a), np.cumprod(a), a.cumsum(), a.cumprod())
    print(np.cumsum(b), b.cumsum())
    print(np.cumsum(m, axis=0), np.cumprod(m, axis=1), m.cumsum(axis=1))
    print(np.sum(m, axis=0, keepdims=True), m.sum(axis=1, keepdims=True), np.sum(b.astype(np.int32)))
    x = np.cumsum(m, axis=1) * 2
    print(x)


if __name__ == "__main__":
    f()
