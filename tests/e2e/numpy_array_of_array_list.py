"""np.array of a list of arrays (a list variable, a list made from a generator of rows): stacked
along a new first axis, dtype= converting, and NumPy 1.24's ValueError naming the dimensions the
arrays share when their shapes differ."""
import numpy as np
a = np.arange(6.0).reshape(2, 3)
xs = [a[0], a[1] * 2.0]
print(np.array(xs))
m = [np.eye(2, dtype=np.int64), np.ones((2, 2), dtype=np.int64)]
print(np.array(m), np.array(m, dtype=np.float64).shape)
try:
    np.array(list((np.zeros(3), np.zeros(4))))
except ValueError as e:
    print(e)
try:
    bad = [np.zeros((2, 3))]
    bad.append(np.zeros((2, 4)))
    np.array(bad)
except ValueError as e:
    print(e)


def rows(a):
    for i in range(a.shape[0]):
        yield a[i] * 2.0


print(np.array(list(rows(np.arange(6.0).reshape(3, 2)))))
