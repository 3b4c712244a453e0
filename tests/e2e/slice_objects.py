"""slice() values: built with one or three arguments, None bounds, printed as Python prints them."""


def window(start: int, width: int) -> slice:
    return slice(start, start + width, None)


if __name__ == "__main__":
    s = window(2, 3)
    print(s)
    print(slice(5), slice(None, -1, 2))
    print(repr(slice(1, None, None)), str(slice(-3, None, -1)))
    print((slice(0, 1, None), 7))
