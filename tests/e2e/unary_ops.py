"""Unary minus, plus, not and bitwise inversion (~)."""


def negate(x: int) -> int:
    return -x


def invert(x: int) -> int:
    return ~x


def logical_not(x: int) -> bool:
    return not x


def sign(x: float) -> int:
    if x > 0:
        return +1
    elif x < 0:
        return -1
    return 0


if __name__ == "__main__":
    for v in range(-3, 4):
        print(v, negate(v), invert(v), logical_not(v), ~~v, -(-v), +v)
    print(invert(9223372036854775807), invert(-9223372036854775807 - 1), negate(-9223372036854775807))
    print(-0.0, -(0.0), +(-0.0), -(-0.0), -1.5, +1.5, --1.5)
    print(not True, not False, not 0.0, not 0.5, not "", not "a")
    print(sign(3.5), sign(-0.001), sign(0.0), sign(-0.0))
    x = 5
    x = -x
    print(x, -x ** 2, (-x) ** 2, -x // 2, -(x // 2), ~x + 1 == -x)
