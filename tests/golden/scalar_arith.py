"""Python's scalar operators and their C++ spelling."""


def arith(a: int, b: int, x: float) -> tuple:
    q = a // b          # floor division follows the divisor's sign
    r = a % b
    t = a / b           # true division is always float
    p = a ** 3
    inv = a ** -1       # int ** negative int is a float
    y = x * 2.0 - a / 4 + (x + 1) * (x - 1)
    z = -x ** 2         # unary minus binds looser than **
    bits = (a & 0xFF) | (b ^ 3)
    return q, r, t, p, inv, y, z, bits, x // 2.5, x % -1.5, True + True
