# expect: located errors for misuse of NumPy arrays that NumPy itself would reject (or that are not supported yet)
import numpy as np

#pythran export bad_ops(float64[:], int64[:], bool[:])
#pythran export bad_index(float64[:,:])


def bad_ops(x, n, mask):
    a = x & 1
    b = mask + mask
    c = x < x < x
    n /= 2
    d = np.sqrt("four")
    return a, b, c, d


def bad_index(m):
    e = m[1, 2, 3]
    f = m[0.5]
    m[0] = "text"
    g = m.frobnicate()
    h = m.shape()
    return e, f, g, h
