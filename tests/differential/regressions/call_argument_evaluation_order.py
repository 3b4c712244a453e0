"""Differential regression: call arguments are evaluated left to right in Python.
With a = 0, `1 // a` raises ZeroDivisionError before math.sqrt(a - 1) is evaluated. The C++
evaluates the arguments of the call in another order (g++: right to left) and raises
ValueError: math domain error. The same holds for library calls (math.atan2(1 // a, ...)),
print(1 // a, ...) and the fields of an f-string; operators (+, ...) are already in order."""
import math


def h(x, y):
    return x + y


def show(a):
    print(h(1 // a, math.sqrt(a - 1)))


if __name__ == "__main__":
    show(0)
