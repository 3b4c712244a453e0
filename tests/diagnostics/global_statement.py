# expect: error at 6:5: 'global' statements are not supported (global counter)
counter = 0


def bump(n: int) -> int:
    global counter
    counter += n
    return counter
