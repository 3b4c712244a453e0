"""Floor division and modulo: Python rounds the quotient toward minus infinity,
so the remainder always takes the sign of the divisor."""


def int_divmod(a: int, b: int) -> tuple[int, int]:
    q = a // b
    r = a % b
    # The invariant Python guarantees for integers.
    assert q * b + r == a, "divmod invariant broken"
    return q, r


def float_divmod(a: float, b: float) -> tuple[float, float]:
    return a // b, a % b


def wrap_angle(deg: float) -> float:
    """Map any angle in degrees to the half-open interval [0, 360)."""
    return deg % 360.0


def clock(total_minutes: int) -> str:
    h = total_minutes // 60 % 24
    m = total_minutes % 60
    return f"{h:02d}:{m:02d}"


if __name__ == "__main__":
    for a in range(-7, 8, 7):
        for b in range(-3, 4):
            if b == 0:
                continue
            q, r = int_divmod(a, b)
            print(a, "//", b, "=", q, " ", a, "%", b, "=", r)

    print(int_divmod(17, 5), int_divmod(-17, 5), int_divmod(17, -5), int_divmod(-17, -5))
    print(int_divmod(0, 7), int_divmod(0, -7))
    print(int_divmod(9223372036854775807, 10), int_divmod(-9223372036854775807, 10))

    print(float_divmod(7.5, 2.0), float_divmod(-7.5, 2.0))
    print(float_divmod(7.5, -2.0), float_divmod(-7.5, -2.0))
    print(float_divmod(1.0, 0.1))   # 9.0 and 0.09999999999999995, not 10.0
    print(float_divmod(0.0, -3.0), float_divmod(-0.0, 3.0))
    print(float_divmod(1e300, 1e-300 * 1e10))
    print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.0 % -3)

    for d in range(-720, 721, 270):
        print(d, wrap_angle(d * 1.0))
    print(wrap_angle(-0.5), wrap_angle(359.9999), wrap_angle(-1e-20))

    print(clock(0), clock(59), clock(61), clock(1439), clock(1440), clock(-1))
