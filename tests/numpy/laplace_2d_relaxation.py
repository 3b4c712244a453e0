"""Steady-state temperature on a square plate (Laplace's equation) with fixed edge
temperatures: vectorised Jacobi relaxation on the interior slice until the largest
change is small, and Gauss-Seidel sweeps with explicit double loops on a small grid."""
#setup: import numpy as np; n = 30
#run: plate_jacobi(30, 100.0, 0.0, 50.0, 25.0, 1e-4, 5000)
#run: plate_gauss_seidel(12, 100.0, 0.0, 0.0, 0.0, 1e-8, 2000)
#run: plate_jacobi(3, 1.0, 2.0, 3.0, 4.0, 1e-10, 100)
#run: center_value(20)
import numpy as np


def make_plate(n, top, bottom, left, right):
    T = np.full((n, n), 0.0)
    T[0, :] = top
    T[-1, :] = bottom
    T[1:-1, 0] = left
    T[1:-1, -1] = right
    return T


def plate_jacobi(n, top, bottom, left, right, tol, maxiter):
    T = make_plate(n, top, bottom, left, right)
    it = 0
    change = tol + 1.0
    while change > tol and it < maxiter:
        T_new = T.copy()
        T_new[1:-1, 1:-1] = 0.25 * (T[:-2, 1:-1] + T[2:, 1:-1] + T[1:-1, :-2] + T[1:-1, 2:])
        change = np.max(np.abs(T_new - T))
        T = T_new
        it += 1
    return T, it


def plate_gauss_seidel(n, top, bottom, left, right, tol, maxiter):
    T = make_plate(n, top, bottom, left, right)
    for it in range(maxiter):
        change = 0.0
        for i in range(1, n - 1):
            for j in range(1, n - 1):
                old = T[i, j]
                T[i, j] = 0.25 * (T[i - 1, j] + T[i + 1, j] + T[i, j - 1] + T[i, j + 1])
                change = max(change, abs(T[i, j] - old))
        if change < tol:
            return T, it + 1
    return T, maxiter


def center_value(n):
    """By symmetry and superposition the centre of a plate with one hot edge is 1/4 of it."""
    T, it = plate_jacobi(n + 1 - n % 2, 100.0, 0.0, 0.0, 0.0, 1e-6, 20000)
    c = T.shape[0] // 2
    return T[c, c], it
