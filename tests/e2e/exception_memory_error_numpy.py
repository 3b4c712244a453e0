"""An array too large to allocate: NumPy's MemoryError and message, after the output so far."""
import numpy as np


def make(n):
    return np.zeros(n)


if __name__ == "__main__":
    small = make(4)
    print(small.sum(), small.shape)
    big = make(10 ** 12)
    print(big.shape)
