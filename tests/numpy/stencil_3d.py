"""A 3-D heat-diffusion stencil (seven-point Jacobi sweeps on a rank-3 grid, slices on every axis),
its energy per layer (a reduction over a tuple of axes), and a 4-D batch of such grids reduced
to per-grid statistics."""
#setup: import numpy as np; np.random.seed(7); u = np.random.rand(12, 10, 9); batch = np.random.rand(3, 6, 5, 4)
#run: diffuse(u, 0.1, 5)
#run: layer_energy(u)
#run: grid_stats(batch)
import numpy as np


def diffuse(u, alpha, steps):
    v = u.copy()
    for _ in range(steps):
        lap = (v[:-2, 1:-1, 1:-1] + v[2:, 1:-1, 1:-1] + v[1:-1, :-2, 1:-1] + v[1:-1, 2:, 1:-1]
               + v[1:-1, 1:-1, :-2] + v[1:-1, 1:-1, 2:] - 6.0 * v[1:-1, 1:-1, 1:-1])
        v[1:-1, 1:-1, 1:-1] = v[1:-1, 1:-1, 1:-1] + alpha * lap
    return v


def layer_energy(u):
    # sum of squares of each z-layer, and the mean over the other two axes
    return np.sum(u * u, axis=(1, 2)), u.mean(axis=(0, 1))


def grid_stats(batch):
    m = batch.max(axis=(1, 2, 3))
    centred = batch - batch.mean(axis=(1, 2, 3), keepdims=True)
    return m, np.std(centred, axis=(1, 2, 3)), np.argmax(batch, axis=1)
