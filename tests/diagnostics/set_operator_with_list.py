# expect: error at 6:12: unsupported operand type(s) for |: 'set' and 'list' (Python's TypeError)


def merged(xs: list[int]) -> set[int]:
    s = {1, 2}
    return s | xs


print(merged([3]))
