"""Explicit conversions with int(), float(), bool() and str()."""


def truncate(x: float) -> int:
    return int(x)


def to_float(n: int) -> float:
    return float(n)


def truthy_int(n: int) -> bool:
    return bool(n)


def truthy_float(x: float) -> bool:
    return bool(x)


def truthy_str(s: str) -> bool:
    return bool(s)


def label(n: int, x: float, b: bool) -> str:
    return str(n) + "|" + str(x) + "|" + str(b)


if __name__ == "__main__":
    print(truncate(3.9), truncate(-3.9), truncate(0.5), truncate(-0.5), truncate(-0.0))
    print(truncate(1e18), truncate(-9.2e18), truncate(2.5e-300))
    print(to_float(0), to_float(-7), to_float(2 ** 53 + 1), to_float(9223372036854775807))
    print(truthy_int(0), truthy_int(-1), truthy_int(42))
    print(truthy_float(0.0), truthy_float(-0.0), truthy_float(1e-300), truthy_float(0.1 - 0.1))
    print(truthy_str(""), truthy_str(" "), truthy_str("False"))
    print(label(-5, 2.5, True), label(0, -0.0, False), label(10 ** 15, 1e16, 1 > 2))
    print(int("42"), int("-17"), int("  8  "), float("2.5"), float("-1e-3"), float("1e16"))
    print(int(True), int(False), float(True), str(None))
    print(int(7), float(7.25), bool(True), str("text"))
    n = int(10 / 4)
    m = int(-10 / 4)
    print(n, m, 10 // 4, -10 // 4)
    print(float(1) / 3, 1 / float(3), str(1 / 3))
    big = float(123456789012345)
    print(big, int(big), int(big) == 123456789012345)
