"""np.linalg.multi_dot: two arrays (dot), three (NumPy's cost formula picks (AB)C or A(BC)), more
(its dynamic programme), a vector first and/or last (a row, a column: a vector or a number
results), mixed dtypes promoted as NumPy does, ints kept as ints; NumPy's error for shapes that do
not align. The products are compared with the same products written out in NumPy's order."""
import numpy as np
from numpy.linalg import multi_dot

a = np.arange(12.0).reshape(3, 4) / 7.0
b = np.arange(20.0).reshape(4, 5) - 3.0
c = np.arange(10.0).reshape(5, 2) * 0.5
d = np.array([[1.0, -2.0], [0.5, 3.0]])
v = np.array([1.0, 2.0, 3.0])
w = np.array([2.0, -1.0])
print(multi_dot([a, b]))
print(multi_dot([a, b, c]), np.allclose(multi_dot([a, b, c]), a @ b @ c))
print(multi_dot([a, b, c, d]), np.allclose(multi_dot((a, b, c, d)), a @ (b @ (c @ d))))
print(multi_dot([v, a, b, c]), multi_dot([a, b, c, w]), multi_dot([v, a, b, c, w]))
print(multi_dot([v, a, b, c, d, d, w]))
ints = np.arange(6).reshape(2, 3)
print(repr(multi_dot([ints, ints.T, ints])), repr(multi_dot([ints, ints.T.astype(np.float32), ints])))
big = multi_dot([np.ones((10, 100)), np.ones((100, 5)), np.ones((5, 50)), np.ones((50, 1))])
print(big.shape, big[3, 0])
try:
    multi_dot([a, c, b])
except ValueError as e:
    print("ValueError:", e)
