# Valid Python that translates to C++ patterns compilers warn about: tautological comparisons,
# int literals passed to an overloaded function, the value of a function that returns nothing,
# self-assignment, shifts by constants of 64 or more, and a function that only ever calls itself (never called here). The generated
# C++ must build with -Wall -Wextra -Werror under g++ and clang++ and print what Python prints.
def f(x):
    return x + 1


def nothing(x: int):
    print("nothing", x)


def forever(n: int) -> int:
    return forever(n)


def compare(x: int) -> None:
    print(x < x, x == x, x != x, x >= x, x <= x, x > x)
    print((x & 0) == 1, (x & 0) == 0, (x | 0) == x, (x & 0) != 0)


def shifts(x: int) -> int:
    # constant counts of 64 or more: undefined in C++, a -Werror warning if written as they are
    if x > 10**9:
        print(x << 70)   # not run: Python gives a big int; py2cpp (64-bit ints) raises OverflowError
    return (x >> 70) + (-x >> 100) + (x >> 3) + (x << 2)


def main():
    x = 5
    compare(x)
    print(shifts(x), shifts(12345))
    print(f(~100), f(-5), f(2.5), f(1 if x else 2), f(3 + 4), f(~0))
    y = nothing(3)
    print(y)
    x = x
    print(x, nothing(4))
    if x > 100:
        print(forever(x))


main()
