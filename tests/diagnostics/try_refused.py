# expect: the forms of try/raise compiled code does not support yet, each located:
# return inside a finally block (12:13), break inside a finally block (22:17), an unknown exception class
# (29:12), a tuple with an unknown class (36:32), a bare raise outside an except block (41:5),
# raise ... from an expression (48:40), raising a value that is not an exception (52:11)


def first_positive(xs: float) -> float:
    try:
        print("done")
    finally:
        if xs > 0.0:
            return xs
    return 0.0


def loop(n: int) -> int:
    for i in range(n):
        try:
            print(i)
        finally:
            if i > 3:
                break
    return n


def unknown(x: float) -> float:
    try:
        return 1.0 / x
    except FloatingPointError:
        return 0.0


def unknown_in_tuple(x: float) -> float:
    try:
        return 1.0 / x
    except (ZeroDivisionError, KeyboardInterrupt):
        return 0.0


def bare(x: float) -> float:
    raise


def cause(x: float) -> float:
    try:
        return 1.0 / x
    except ZeroDivisionError:
        raise ValueError("bad x") from RuntimeError("other")


def instance(x: float) -> float:
    raise x
