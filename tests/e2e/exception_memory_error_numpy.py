"""An array too large to allocate: NumPy's MemoryError and message, after the output so far."""
# py2cpp-test: not-under-sanitizers (AddressSanitizer aborts on such an allocation instead of throwing)
import numpy as np


def make(n):
    return np.zeros(n)


if __name__ == "__main__":
    small = make(4)
    print(small.sum(), small.shape)
    big = make(10 ** 12)
    print(big.shape)
