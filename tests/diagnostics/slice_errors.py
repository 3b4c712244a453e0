# expect: located errors for slice() values used where Python or NumPy reject them
import numpy as np

#pythran export float_bound(float64[:], float)
#pythran export on_tuple(int, int)
#pythran export four_args(float64[:])
#pythran export slice_entry_point(slice)


def float_bound(a, x):
    return a[slice(0, x)]


def on_tuple(p, q):
    t = (p, q)
    return t[slice(0, 1)]


def four_args(a):
    return a[slice(0, 1, 1, 1)]


def slice_entry_point(s):
    return s
