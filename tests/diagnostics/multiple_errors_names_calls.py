# expect: 3 errors, all reported: unknown math.sqr at 8:9, name 'undefined_thing' is not defined at 9:9, helper() missing 1 required positional argument 'b' at 10:12
import math
def helper(a: float, b: float) -> float:
    return a + b


def f(x: float) -> float:
    y = math.sqr(x)
    z = undefined_thing + 1.0
    return helper(x) + y + z
