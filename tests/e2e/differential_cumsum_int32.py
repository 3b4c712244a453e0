"""Differential regression: np.cumsum of an int32 array. NumPy accumulates in int64 (the platform
integer) and returns int64; py2cpp types the result int32 while the runtime returns int64, so the
C++ does not compile (conversion from 'ndarray<long int, 1>' to 'ndarray<int, 1>')."""
import numpy as np


def f():
    a = np.array([4, 6, -1, 0]).astype(np.int32)
    c = np.cumsum(a)
    print(c)


if __name__ == "__main__":
    f()
