# expect: located errors for index lists and index arrays py2cpp does not take (yet), or NumPy rejects
import numpy as np

#pythran export float_list(float64[:])
#pythran export columns(float64[:,:], int64[:])
#pythran export bounded_slice_after(float64[:,:])
#pythran export augmented(float64[:,:])


def float_list(a):
    return a[[0.5, 1.5]]


def columns(m, idx):
    return m[:, idx]


def bounded_slice_after(m):
    return m[[0, 1], 1:]


def augmented(m):
    m[[0, 1]] += 1.0
    return m
