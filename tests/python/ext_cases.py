"""Small functions for the extension-module tests (tests/python) and the call-overhead benchmark."""
import numpy as np


def add(x: float, y: float) -> float:
    """x + y: the trivial call of the call-overhead benchmark."""
    return x + y


def pick(a, i):
    """a[i], bounds-checked like NumPy (IndexError)."""
    return a[i]


def checked_sqrt(x, strict=True):
    """sqrt(x); a negative x raises ValueError when strict."""
    if x < 0.0 and strict:
        raise ValueError("negative input")
    return np.sqrt(abs(x))


def column_sums(m):
    """Sums of the columns of a matrix, and the matrix times 2 (a second array output)."""
    return np.sum(m, axis=0), m * 2


def scale_in_place(a, factor):
    """Multiplies a by factor in place (the caller sees the change) and returns the total."""
    a *= factor
    return np.sum(a)


def rotate(z: complex, turns: int) -> complex:
    """z times 1j ** turns: complex numbers cross the boundary as Python complex objects."""
    return z * 1j ** turns
