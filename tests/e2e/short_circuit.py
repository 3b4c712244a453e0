"""and/or/not short-circuit: the right operand is only evaluated when needed."""


def noisy(label: str, value: bool) -> bool:
    print("  called", label)
    return value


def safe_ratio_above(num: int, den: int, limit: float) -> bool:
    # The division must not run when den is zero.
    return den != 0 and num / den > limit


def either_zero(a: int, b: int) -> bool:
    if not a or not b:
        return True
    return False


def both_nonzero(a: int, b: int) -> bool:
    if a and b:
        return True
    return False


def first_positive_index(a: int, b: int, c: int) -> int:
    if a > 0:
        return 0
    elif b > 0 or c > 0:
        return 1 if b > 0 else 2
    return -1


if __name__ == "__main__":
    print("T and F:")
    print(noisy("a", True) and noisy("b", False))
    print("F and T:")
    print(noisy("a", False) and noisy("b", True))
    print("T or F:")
    print(noisy("a", True) or noisy("b", False))
    print("F or T:")
    print(noisy("a", False) or noisy("b", True))
    print("F or F or T:")
    print(noisy("a", False) or noisy("b", False) or noisy("c", True))
    print("not:")
    print(not noisy("a", False), not True, not not True)
    print("mixed precedence:")
    print(noisy("a", True) or noisy("b", True) and noisy("c", False))
    print(safe_ratio_above(10, 0, 1.0), safe_ratio_above(10, 3, 3.0), safe_ratio_above(10, 4, 3.0))
    print(either_zero(0, 5), either_zero(3, 5), either_zero(3, 0))
    print(both_nonzero(0, 5), both_nonzero(3, 5), both_nonzero(-3, -5))
    print(first_positive_index(1, 0, 0), first_positive_index(0, 2, 0), first_positive_index(-1, -1, 3), first_positive_index(0, 0, 0))
    n = 12
    while n and n % 5:
        n -= 1
    print("n =", n)
    flag = n > 5 and n < 20
    print(flag, n > 100 or n == 10)
