# Branches whose test is known when compiling, anywhere in an if/elif/else chain: py2cpp keeps
# only the branch taken, and the chain around it must still be emitted correctly.
def classify(x: int) -> int:
    if x < 0:
        return -1
    elif True:
        y = x * 2
        return y + 1
    return 0


def skip_false(x: int) -> int:
    if x < 0:
        r = -1
    elif False:
        r = 99
    elif x == 0:
        r = 0
    else:
        r = 1
    return r


def false_then_else(x: int) -> int:
    if x > 10:
        r = 10
    elif False:
        r = 99
    else:
        r = x
        r += 1
    return r


def nested(x: int, s=None) -> int:
    r = 0
    if x > 5:
        if s is None:
            r = 1
        elif x > 6:
            r = 2
        else:
            r = 3
    elif s is None:
        if False:
            r = 4
        elif x > 2:
            r = 5
        elif True:
            r = 6
        else:
            r = 7
    else:
        r = 8
    return r


def true_first(x: int) -> int:
    if True:
        r = x
    elif x > 3:
        r = 3
    else:
        r = 4
    return r


for v in range(-2, 9):
    print(v, classify(v), skip_false(v), false_then_else(v), nested(v), nested(v, 1), true_first(v))
