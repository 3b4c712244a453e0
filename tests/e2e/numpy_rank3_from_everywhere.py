"""Every way a rank-3 array arises (creation, reshape, a new axis, stacking, a keepdims reduction of a
new axis) - each was a located refusal while py2cpp handled ranks 1 and 2 only."""
import numpy as np


def make() -> float:
    a = np.zeros((2, 3, 4))
    return 1.0


def reshaped(v):
    return v.reshape(2, 2, 2)


def new_axes(m):
    return m[:, :, None]


def stacked(m):
    return np.stack([m, m])


def summed(m):
    return np.sum(m[None, :, :], axis=-1, keepdims=True)


if __name__ == "__main__":
    m = np.ones((2, 2))
    print(make(), reshaped(np.arange(8.0)), new_axes(m), stacked(m), summed(m))
