"""float ** constant is libm's pow, as in CPython (the differential tester, seed 10:
`math.atanh(math.tanh(1)) ** -1` printed 1.0000000000000002; GCC had turned pow(x, -1.0) into
1.0 / x, which differs from glibc's pow by an ulp). x ** 2.0 stays x * x, which equals pow."""
import math


def powers(x):
    print(repr(x ** -1), repr(x ** -1.0), repr(math.pow(x, -1.0)), repr(x ** 2.0), repr(x ** 0.5), repr(x ** 3))


if __name__ == "__main__":
    powers(0.9999999999999999)
    powers(math.atanh(math.tanh(1.0)))
    powers(1.0000000000000002)
    powers(3.7)
