# expect: error at 10:9 and 11:9: NumPy computes float ufuncs of bool values in float16, which
# py2cpp does not have (the differential tester's regression ufunc_of_bool_array: py2cpp printed
# float64 values, 0.8414709848078965 where NumPy prints 0.8413). Conversions stay supported.
import numpy as np


def f():
    b = np.array([True, False, True])
    fine = np.sin(b.astype(float)) + np.abs(b)
    s = np.sin(b)
    t = np.arctan2(b, True)
    print(fine, s, t)


if __name__ == "__main__":
    f()
