"""Digit extraction that raises IndexError for a position past the end."""


def num_digits(n: int) -> int:
    count = 1
    while n >= 10:
        n //= 10
        count += 1
    return count


def digit_at(n: int, pos: int) -> int:
    """Digit at position pos, counting from the left, starting at 0."""
    size = num_digits(n)
    if pos < 0 or pos >= size:
        raise IndexError(f"digit index {pos} out of range for {n}")
    return n // 10 ** (size - 1 - pos) % 10


if __name__ == "__main__":
    n = 908172
    for p in range(6):
        print(p, digit_at(n, p))
    print(digit_at(7, 0))
    print(digit_at(n, 6))
