"""Inverse powers: 0 raised to a negative integer power."""


def inverse_power(base: int, n: int) -> float:
    return base ** -n


if __name__ == "__main__":
    for b in range(3, -1, -1):
        print(b, inverse_power(b, 2))
