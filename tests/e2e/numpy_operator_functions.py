"""np.add, np.subtract, np.multiply, np.divide and np.true_divide: the operators as functions, on
arrays, ints and floats (their runtime functions were missing: the C++ did not compile)."""
import numpy as np
a = np.arange(4.0)
i = np.arange(5)
print(np.add(a, 1.0), np.multiply(a, a), np.subtract(a, 2), np.divide(a, 3.0), np.true_divide(a, 2))
print(np.add(i, 1), np.multiply(i, 3), np.subtract(i, i), np.divide(i, 2), np.true_divide(7, 2), np.add(2, 3), np.multiply(2.5, 2))
print(np.add(np.ones((2, 3, 2)), np.arange(2.0)))
