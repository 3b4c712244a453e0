# Ordering tuples that hold arrays is refused (NumPy compares element-wise).
import numpy as np

a = np.ones(2)
print((a, 1) < (a, 2))
