"""try/except/else/finally as C++ try/catch: one catch clause per class, a dispatch for a tuple
of classes, a flag for `else`, and `finally` after the statement with the exception kept."""
import math

#pythran export checked_log(float)
#pythran export first_ok(float, float)


def checked_log(x: float) -> float:
    try:
        y = math.log(x)
    except ValueError as e:
        print("log:", e)
        y = -math.inf
    else:
        print("log ok")
    return y


def first_ok(a: float, b: float) -> float:
    result = 0.0
    try:
        result = a / b
    except (ZeroDivisionError, OverflowError) as err:
        print(repr(err))
        raise
    finally:
        print("divided")
    return result
