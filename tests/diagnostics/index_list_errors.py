# expect: located errors for subscripts NumPy rejects (or py2cpp cannot type): index lists and
# arrays of floats, two ellipses, `...` as a value, more indexed axes than the array has,
# a value of higher rank than the indexing result, an in-place result NumPy cannot cast back
import numpy as np

#pythran export float_list(float64[:])
#pythran export float_index(float64[:,:], float64[:])
#pythran export two_ellipses(float64[:,:,:])
#pythran export ellipsis_value(float64[:])
#pythran export mask_too_big(float64[:,:], bool[:,:])
#pythran export value_too_big(float64[:,:], float64[:,:,:])
#pythran export int_in_place(int64[:,:])


def float_list(a):
    return a[[0.5, 1.5]]


def float_index(m, idx):
    return m[:, idx]


def two_ellipses(t):
    return t[..., 0, ...]


def ellipsis_value(a):
    e = ...
    return a


def mask_too_big(m, mask):
    return m[0, mask]


def value_too_big(m, v):
    m[:, [0, 1]] = v
    return m


def int_in_place(m):
    m[[0, 1], 1:] += 0.5
    return m
