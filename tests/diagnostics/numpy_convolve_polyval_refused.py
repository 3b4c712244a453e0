# expect: errors at 11:11, 12:11 and 13:11: np.convolve's mode must be a constant naming one of
# NumPy's modes exactly (NumPy's inexact matches such as 'f' are deprecated; other strings raise
# ValueError); np.polyval of an int array with int coefficients is refused (NumPy's value-based
# casting makes the result's dtype depend on the coefficients' values).
import numpy as np


def f(mode: str):
    a = np.array([1.0, 2.0, 3.0])
    print(np.convolve(a, a, 'same'), np.correlate(a, a, mode='full'))
    print(np.convolve(a, a, 'middle'))
    print(np.correlate(a, a, mode))
    print(np.polyval(np.array([1, 2]), np.array([3, 4], dtype=np.int32)))


if __name__ == "__main__":
    f('same')
