# expect: two different functions flowing into one value: a conditional expression (14:9), a
# variable assigned in a branch (21:9), a list (26:19) and a dict (31:32) of different functions.


def square(x):
    return x * x


def cube(x):
    return x * x * x


def choose(c):
    f = square if c else cube
    return f(2)


def pick(c):
    f = square
    if c:
        f = cube
    return f(2)


def table():
    fs = [square, cube]
    return len(fs)


def named():
    ops = {"sq": square, "cu": cube}
    return len(ops)


print(choose(True), pick(False), table(), named())
