# Every name py2cpp invents (temporaries of `or`/`and` on non-bools, of chained comparisons and of
# left-to-right evaluation, loop counters, the hidden array and index of `for x in a`, the
# argument of a re-typed parameter, numbered versions) declared here as a user variable, next to
# the construct that creates it: the generated names must neither capture nor collide with them.
import numpy as np


def effect(v: int) -> int:
    print("effect", v)
    return v


def or_and(t: int, t_: int) -> int:
    t0 = 5
    t1 = 6
    t0_ = 7
    t1_ = 8
    a = (t + 40) or 2         # a temporary holds `t + 40`: it must not capture the user's `t`
    b = (t_ + 1) and (t - 1)
    c = t0 < effect(t1) < effect(t0_) < t1_ + 10   # middle operands with effects: temporaries
    return a + b + int(c)


def ordering(arg0: int, arg0_: int, arg1_: int) -> int:
    # Two calls with effects in one expression: the first is held in a temporary
    return effect(arg0 + arg0_) - effect(arg1_) * 2


def loops(n: int) -> int:
    i_iter = 100
    i_iter_ = 200
    total = 0
    for i in range(n):
        total += i + i_iter + i_iter_
    return total + i   # i read after its loop: a counter copies into it


def arrays(x_items: int, x_index: int) -> float:
    x_items_ = 3
    x_index_ = 4
    a = np.array([1.0, 2.0, 3.0])
    s = 0.0
    for x in a:
        s += x * x_items_ + x_index_ + x_items + x_index
    for x in a:
        s += x
    return s


def retyped(p, p_arg=1, p_arg_=2):
    p = p * 0.5   # the parameter changes type: the argument gets a generated name
    return p + p_arg + p_arg_


def versions() -> str:
    x = 1
    x_1 = 10
    x_1_ = 20
    print(x + x_1 + x_1_)
    x = "text"   # a new type in straight-line code: a new C++ variable (a numbered version)
    return x


def underscores(_: int, __: int, x_: int, py_x: int, pyu_x: int) -> int:
    ___ = 1
    return _ + __ + x_ + py_x + pyu_x + ___


print(or_and(2, 3), or_and(-40, 0))
print(ordering(1, 2, 3))
print(loops(4))
print(arrays(1, 2))
print(retyped(3), retyped(4.0))
print(versions())
print(underscores(1, 2, 3, 4, 5))
