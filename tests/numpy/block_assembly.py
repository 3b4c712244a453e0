"""Assembling a block-diagonal matrix and a stacked right-hand side with slice objects
(block = slice(i * n, (i + 1) * n)), the way finite-element and trajectory-optimization
codes build their systems, then reading blocks back with the same slices."""
#setup: import numpy as np; np.random.seed(3); blocks = np.random.rand(4, 3, 3); A = np.random.rand(5, 5)
#setup: B0 = blocks[0] + 3.0 * np.eye(3); B1 = blocks[1] + 3.0 * np.eye(3); rhs = np.random.rand(6)
#run: block_diagonal(B0, B1)
#run: solve_blocks(B0, B1, rhs)
#run: strided_parts(A, 1, 2)
#run: strided_parts(A, 0, -1)
import numpy as np


def block_diagonal(B0, B1):
    n = B0.shape[0]
    K = np.zeros((2 * n, 2 * n))
    first = slice(0, n)
    second = slice(n, 2 * n)
    K[first, first] = B0
    K[second, second] = B1
    K[first, second] = 0.5 * B0 @ B1
    return K


def solve_blocks(B0, B1, rhs):
    K = block_diagonal(B0, B1)
    x = np.linalg.solve(K, rhs)
    n = B0.shape[0]
    upper = slice(n)
    lower = slice(n, None)
    residual_upper = K[upper] @ x - rhs[upper]
    residual_lower = K[lower, :] @ x - rhs[lower]
    return x[upper], x[lower], np.abs(residual_upper).max(), np.abs(residual_lower).max()


def strided_parts(A, start, step):
    every = slice(start, None, step)
    rows = A[every]
    cols = A[:, every]
    corner = A[every, every].copy()
    corner[slice(None, None, 2)] *= -1.0
    return rows, cols, corner, A[slice(None), start]
