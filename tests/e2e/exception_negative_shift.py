"""A negative shift count is a ValueError in Python (C++ would give undefined behaviour), whether
the count is a variable or a constant written in the source."""


def shift(x, n):
    return x << n


def scale(x: int) -> int:
    print("scaling", x)
    return x << -1


if __name__ == "__main__":
    print(shift(3, 4))
    print(shift(3, 0))
    print(scale(3))
