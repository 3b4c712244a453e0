"""Doolittle's LU without pivoting on a matrix whose first pivot is tiny: the factors carry large
cancellation errors, which the auto tolerance accepts as far as Python's own result is as sensitive."""
import numpy as np

#setup: import numpy as np; rng = np.random.default_rng(3); M = rng.standard_normal((40, 40)); M[0, 0] = 1e-7
#run: lu_nopivot(M)


def lu_nopivot(A):
    n = A.shape[0]
    L = np.eye(n)
    U = A.copy()
    for k in range(n - 1):
        for i in range(k + 1, n):
            L[i, k] = U[i, k] / U[k, k]
            U[i, k:] = U[i, k:] - L[i, k] * U[k, k:]
    return L, U
