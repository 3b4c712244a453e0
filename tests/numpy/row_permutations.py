"""Row permutations and row updates with index lists and index arrays, as pivoting and
resampling codes write them: swapping rows with A[[i, j], :] = A[[j, i], :], applying a
permutation vector, gathering rows with negative indices, and setting several rows at once
to a value, a row, or a block of rows. When the right side is a view of the array being
assigned (w[idx] = w[::-1], B[[1, 2, 3]] = B[:3]) NumPy reads each value just before it writes
the next element or row, so later values see earlier writes: the C++ must do the same."""
#setup: import numpy as np; np.random.seed(31); A = np.random.rand(6, 4); perm = np.array([3, 0, 5, 1, 4, 2])
#setup: v = np.random.rand(8)
#run: swap_rows(A, 1, 4)
#run: swap_rows(A, 2, 2)
#run: apply_permutation(A, perm)
#run: gather_and_set(A)
#run: reverse_in_place(v)
#run: shift_rows_down(A)
import numpy as np


def swap_rows(A, i, j):
    B = A.copy()
    B[[i, j], :] = B[[j, i], :]
    return B


def apply_permutation(A, perm):
    P = A[perm]
    Q = np.zeros_like(A)
    Q[perm] = A
    return P, Q, np.abs(Q[perm] - A).max()


def gather_and_set(A):
    ends = A[[0, -1]]
    B = A.copy()
    B[[1, 3]] = 0.0
    B[[0, 2], :] = A[5]
    B[np.array([4, 5])] = A[[1, 0], :] * 2.0
    return ends, B


def reverse_in_place(v):
    w = v.copy()
    idx = np.arange(w.shape[0])
    w[idx] = w[::-1]
    return w


def shift_rows_down(A):
    B = A.copy()
    B[[1, 2, 3]] = B[:3]
    C = A.copy()
    C[np.array([0, 1])] = C[4:]
    return B, C
