# expect: error at 6:12: unknown function math.foo (no mapping for 'math.foo'; hint: check the spelling or add a mapping table)
import math


def f(x: float) -> float:
    return math.foo(x) + math.sqrt(x)
