# expect: error at 5:5: nested function definitions are not supported (and 'nonlocal' at 6:9)


def counter(n: int) -> int:
    def step():
        nonlocal n
        n += 1
    step()
    return n
