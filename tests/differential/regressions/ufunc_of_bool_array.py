"""Differential regression: a floating-point ufunc of a bool array. NumPy computes np.sin/np.tanh/...
of bool in float16 (the smallest float that holds a bool) and prints 0.8413; py2cpp computes in
float64 and prints 0.8414709848078965. (float16 is not a py2cpp dtype: a diagnostic, or float16
rounding, would be right; a different answer is not.)"""
import numpy as np


def f():
    b = np.array([True, False, True])
    s = np.sin(b)
    for e in s:
        print(e)


if __name__ == "__main__":
    f()
