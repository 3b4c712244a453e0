"""A rank-3 array end to end: reshape, element-wise arithmetic, indexing, a slice view, a store,
a reduction along an axis and over a tuple of axes, and printing."""
import numpy as np

def main():
    a = np.arange(24.0).reshape(2, 3, 4)
    b = a * 2.0 + 1.0
    print(b.shape)
    print(b[1, 2, 3])
    s = np.sum(b, axis=0)
    print(s)
    print(b)
    c = b[:, 1, :]
    print(c.sum())
    z = np.zeros((2, 2, 2))
    z[0, 1, 1] = 5.0
    print(z)
    print(np.mean(b, axis=(0, 2)))
    print(b.transpose().shape)

main()
