# expect: error at 7:9: 'nonlocal' (rebinding a captured variable needs shared cells).


def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc()


print(counter())
