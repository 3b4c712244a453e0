# expect: error at 6:9: 'nonlocal' is not supported (the nested function itself is)


def counter(n: int) -> int:
    def step():
        nonlocal n
        n += 1
    step()
    return n
