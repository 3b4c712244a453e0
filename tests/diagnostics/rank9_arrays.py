# Arrays above rank 8 are refused where they arise, with a located error - never C++ that fails
# to compile; rank 8 itself is fine.
import numpy as np


def deep(v):
    w = v.reshape(1, 1, 1, 1, 1, 1, 1, 2)
    return w.reshape(1, 1, 1, 1, 1, 1, 1, 1, 2)


def grown(v):
    w = v.reshape(1, 1, 1, 1, 1, 1, 1, 2)
    return np.expand_dims(w, 0)


if __name__ == "__main__":
    print(deep(np.arange(2.0)), grown(np.arange(2.0)))
