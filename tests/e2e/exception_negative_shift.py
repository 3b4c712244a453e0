"""A negative shift count is a ValueError in Python (C++ would give undefined behaviour)."""


def shift(x, n):
    return x << n


if __name__ == "__main__":
    print(shift(3, 4))
    print(shift(3, 0))
    print(shift(3, -1))
