# expect: Python's TypeErrors on complex numbers, each located at its expression: ordering, //,
# %, int(), float(), math.sqrt(), complex(str, imag), sorting, min() and max() of complex values.
import math


def f(z: complex, w: complex):
    print(z < w)
    print(z // 2)
    print(z % 2)
    print(int(z))
    print(float(w))
    print(math.sqrt(z))
    print(complex("1", 2.0))
    print(sorted([z, w]))
    print(min([z, w]))
    print(max(z, w))


f(1j, 2 + 0j)
