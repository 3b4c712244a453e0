"""cmath at the edges: signed zeros and branch cuts, subnormal and huge parts (CPython's scaled
branches), the domain errors CPython raises for infinite parts, and rect's special values.
(Values with infinite or nan parts otherwise follow C99 Annex G, which differs from CPython's
special-value tables in the signs of some zero and nan parts: README, complex numbers.)"""
import cmath

inf = float("inf")
nan = float("nan")


def show(name, z):
    try:
        if name == "sqrt":
            r = cmath.sqrt(z)
        elif name == "exp":
            r = cmath.exp(z)
        elif name == "log":
            r = cmath.log(z)
        elif name == "sin":
            r = cmath.sin(z)
        elif name == "cos":
            r = cmath.cos(z)
        elif name == "tan":
            r = cmath.tan(z)
        elif name == "sinh":
            r = cmath.sinh(z)
        elif name == "cosh":
            r = cmath.cosh(z)
        elif name == "tanh":
            r = cmath.tanh(z)
        elif name == "asin":
            r = cmath.asin(z)
        elif name == "acos":
            r = cmath.acos(z)
        elif name == "atan":
            r = cmath.atan(z)
        elif name == "asinh":
            r = cmath.asinh(z)
        elif name == "acosh":
            r = cmath.acosh(z)
        else:
            r = cmath.atanh(z)
        print(name, z, r)
    except ValueError as e:
        print(name, z, "ValueError", e)
    except OverflowError as e:
        print(name, z, "OverflowError", e)


def main():
    parts = [0.0, -0.0, 1.0, -2.0, 0.5, 1e308, -1e-310, 3e-320]
    names = ["sqrt", "exp", "log", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
    for name in names:
        for re in parts:
            for im in parts:
                show(name, complex(re, im))
    for name in ["exp", "sin", "cos", "sinh", "cosh", "tanh", "tan"]:
        for z in [complex(1.0, inf), complex(-2.0, -inf), complex(inf, inf), complex(inf, 0.5), complex(-inf, 1.0)]:
            show(name, z)
    for r, phi in [(inf, 0.0), (-inf, 0.0), (inf, 1.0), (-inf, 2.0), (inf, nan), (nan, 0.0), (0.0, inf), (-0.0, nan),
                   (2.0, nan), (0.0, 0.0), (-0.0, 0.0), (-2.0, -0.0), (1.0, inf), (-inf, inf)]:
        try:
            print("rect", r, phi, cmath.rect(r, phi))
        except ValueError as e:
            print("rect", r, phi, "ValueError", e)


main()
