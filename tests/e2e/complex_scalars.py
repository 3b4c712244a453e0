"""Complex numbers: literals, complex(), CPython's arithmetic (Smith's division, the two paths of **), exact
comparison with ints, printing and hashing, the cmath module (bit-exact with CPython, errors included)
and a Mandelbrot set."""
import cmath


def mandel(c: complex, limit: int) -> int:
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return n
    return limit


def main():
    a = 1 + 2j
    b = complex(3, -4)
    print(a, b, a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, 2 ** a, -a, +b)
    print(a.real, a.imag, a.conjugate(), abs(b), a == b, a != b, a == 1 + 2j, complex(2) == 2, 3j == 3)
    print(complex(), complex(1.5), complex(1, -0.0), -0j, 1e16j, complex(float("nan"), float("inf")))
    print(str(a), repr(b), f"{a} and {b}", "%s" % (a,), [a, b], (a, 1))
    print(bool(0j), bool(a), hash(a), hash(complex(1.5, -2)))
    if a:
        print("truthy")
    rows = []
    for y in range(-5, 6):
        row = ""
        for x in range(-20, 8):
            row += "#" if mandel(complex(x / 10.0, y / 5.0), 30) == 30 else "."
        rows.append(row)
    print("\n".join(rows))
    for z in [1e300 + 1e300j, -1e300 + 1e-300j, 1e-320 - 1e-320j]:
        print(cmath.sqrt(z), cmath.log(z), cmath.asinh(z), cmath.acos(z), cmath.atanh(z), abs(z))
    for z in [a, b, 0.5 + 0.25j, -3.0 + 0j, 1e-310 + 1e-310j, 2j, -1 + 0.5j, 1 + 1e-200j, 0.7 - 0.7j]:
        print(cmath.sqrt(z), cmath.exp(z / 10), cmath.log(z), cmath.log10(z), cmath.phase(z), cmath.polar(z))
        print(cmath.sin(z / 10), cmath.cos(z / 10), cmath.tan(z / 10), cmath.sinh(z / 10), cmath.cosh(z / 10), cmath.tanh(z / 10))
        print(cmath.asin(z), cmath.acos(z), cmath.atan(z), cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))
    print(cmath.rect(2.0, cmath.pi / 3), cmath.isclose(a, a + 1e-12), cmath.isfinite(a), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
    print(cmath.log(8, 2), cmath.sqrt(-4), cmath.exp(1j * cmath.pi))
    total = 0j
    for k in range(10):
        total += cmath.exp(2j * cmath.pi * k / 10) * k
    print(total)
    for bad in [0j, 1 + 0j]:
        try:
            print(1 / bad)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    try:
        print(0j ** -1)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(cmath.log(0j))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(cmath.exp(1000 + 0j))
    except OverflowError as e:
        print("OverflowError", e)
    try:
        print((10.0 + 10j) ** 400.5)
    except OverflowError as e:
        print("OverflowError", e)


main()
