"""Integer arithmetic near the 64-bit limits (without ever exceeding them)."""


def max_int() -> int:
    return 9223372036854775807


def min_int() -> int:
    return -9223372036854775807 - 1


def sum_to(n: int) -> int:
    return n * (n + 1) // 2


def mid(lo: int, hi: int) -> int:
    # overflow-safe midpoint, floor semantics
    return lo + (hi - lo) // 2


if __name__ == "__main__":
    big = max_int()
    small = min_int()
    print(big, small, big + small, -big, small + 1)
    print(big // 2, big % 2, small // 2, small % 2, small // 3, small % 3)
    print(big // -10, big % -10, small // 10, small % 10, small % -10)
    print(abs(small + 1), min(big, small), max(big, small))
    print(sum_to(2147483647), sum_to(3037000498))
    print(mid(0, big), mid(small, -1), mid(-7, 0), mid(small, small + 1))
    print(2 ** 62 + (2 ** 62 - 1), -(2 ** 62) - 2 ** 62)
    print(3037000499 * 3037000499, 3037000499 * -3037000499)
    print(float(big), float(small), int(float(2 ** 62)), int(-9.223372036854775e18))
    print(big == 9223372036854775807, small < -9223372036854775807, big / 2, small / -2)
    print(f"{big:d} {small:25d}")
