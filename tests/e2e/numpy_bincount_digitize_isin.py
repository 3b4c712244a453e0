"""np.bincount (weights, minlength, int32/bool input, empty input), np.digitize (right=, decreasing and
constant bins, numbers and 2-D arrays, int values against float bins), np.isin (arrays and lists of
numbers, invert=, NaN, mixed dtypes), np.ediff1d (to_begin/to_end as numbers and arrays, 2-D input,
int32 dtype kept, empty input); NumPy's ValueErrors."""
import numpy as np

x = np.array([0, 1, 1, 3, 2, 1, 7])
print(np.bincount(x), np.bincount(x, minlength=10), np.bincount(x, None, 3))
print(np.bincount(x, weights=np.linspace(0.0, 1.5, 7)), np.bincount(x, np.arange(7), 9))
print(np.bincount(np.array([2, 0, 2], dtype=np.int32)), np.bincount(np.array([True, False, True])))
print(np.bincount(np.zeros(0, dtype=np.int64)), np.bincount(np.zeros(0, dtype=np.int64), minlength=3))
print(np.bincount(x[::2], weights=np.array([True, False, True, True])))
for bad in [np.array([0, -1]), np.array([0, 1])]:
    try:
        print(np.bincount(bad, minlength=-1 if bad[1] > 0 else 0))
    except ValueError as err:
        print('ValueError:', err)
try:
    print(np.bincount(x, weights=np.ones(3)))
except ValueError as err:
    print('ValueError:', err)

values = np.array([0.2, 6.4, 3.0, 1.6, 1.0, -1.0, 10.0, 11.0])
inc = np.array([0.0, 1.0, 2.5, 4.0, 10.0])
dec = inc[::-1]
print(np.digitize(values, inc), np.digitize(values, inc, right=True))
print(np.digitize(values, dec), np.digitize(values, dec, True))
print(np.digitize(2.5, inc), np.digitize(2.5, inc, right=True), np.digitize(3, np.array([1, 2, 3])))
print(np.digitize(np.array([[1, 2], [3, 4]]), np.array([1.5, 3.5])), np.digitize(np.array([1, 2]), np.array([2.0, 2.0])))
print(np.digitize(np.array([1.0, 2.0]), np.zeros(0)), np.digitize(np.zeros((0, 2)), inc).shape)
try:
    print(np.digitize(values, np.array([1.0, 3.0, 2.0])))
except ValueError as err:
    print('ValueError:', err)

a = np.array([[1, 2, 3], [4, 5, 6]])
print(np.isin(a, [2, 5, 9]), np.isin(a, np.array([6, 1]), invert=True))
print(np.isin(np.array([1.0, np.nan, -0.0, 2.5]), [np.nan, 0.0, 2.5]), np.isin(3, [1, 2, 3]), np.isin(2.5, np.array([1, 2])))
print(np.isin(np.array([1, 2, 3], dtype=np.int32), np.array([2.0, 3.5])), np.isin(np.array([True, False]), [0]))
print(np.isin(a, np.zeros(0)), np.isin(np.zeros(0), a), np.isin(a, a[0], assume_unique=True))

print(np.ediff1d(np.array([1, 2, 4, 7, 0])), np.ediff1d(np.array([[1, 2], [4, 7]])))
print(np.ediff1d(np.array([1, 2, 4, 7]), to_end=np.array([100, 200]), to_begin=-99))
print(np.ediff1d(np.array([1.0, 2.0, 4.0, 7.0]), to_begin=np.array([-99, 5])), np.ediff1d(np.array([1.5, 2.0]), 1, 2.5))
print(np.ediff1d(np.array([3, 1], dtype=np.int32)), np.ediff1d(np.zeros(0)), np.ediff1d(np.array([5]), to_end=3))
