"""A library module without annotations, signatures or a main block: one error saying how to
give it signatures (py2cpp trace, annotations, #pythran export), not a warning per function."""
import numpy as np


def normalize(v):
    return v / np.linalg.norm(v)


def energy(v, mass):
    return 0.5 * mass * np.dot(v, v)
