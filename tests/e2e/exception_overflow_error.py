"""Factorial with an explicit 64-bit overflow check (user-raised OverflowError)."""


def checked_factorial(n: int) -> int:
    result = 1
    for k in range(2, n + 1):
        if result > 9223372036854775807 // k:
            raise OverflowError(f"{n}! does not fit in 64 bits")
        result *= k
    return result


if __name__ == "__main__":
    for n in range(0, 25, 4):
        print(n, checked_factorial(n))
