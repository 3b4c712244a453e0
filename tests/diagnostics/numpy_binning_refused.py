# expect: errors at 11:11 through 15:11, each a call NumPy raises on for these argument types:
# np.bincount of floats (TypeError: cannot cast safely to int64) and of a 2-D array (ValueError:
# object too deep), np.ediff1d of bools (TypeError: boolean subtract) and of ints with a float
# to_begin (TypeError: same_kind), np.isin against a list of str (not a numeric array).
import numpy as np


def f():
    a = np.array([1, 2, 3])
    print(np.bincount(a), np.ediff1d(a, to_begin=0), np.isin(a, [1, 2]))
    print(np.bincount(np.array([0.0, 1.0])))
    print(np.bincount(np.array([[0, 1]])))
    print(np.ediff1d(np.array([True, False])))
    print(np.ediff1d(a, to_begin=1.5))
    print(np.isin(a, ['a', 'b']))


if __name__ == "__main__":
    f()
