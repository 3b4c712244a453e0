"""Functions without annotations, compiled for the signatures recorded in
recorded_signatures.py2cpp-sigs (as `py2cpp trace` writes them): one C++ overload per line."""
import numpy as np


def scale(a, s):
    return a * s


def norm(x):
    return float(np.sqrt(np.sum(x * x)))


def clamp(v: float, lo: float, hi: float) -> float:
    # annotated: its own signature, and the recorded one for ints beside it
    return min(max(v, lo), hi)
