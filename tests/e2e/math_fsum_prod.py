"""math.fsum (CPython's exact partials: cancellation, generators and generator expressions, inf/nan,
its ValueError and OverflowError) and math.prod (ints stay ints, floats, start=)."""
import math


def gen(n):
    for i in range(n):
        yield 0.1


def main():
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum(gen(10)))
    print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
    print(math.fsum([1, 2, 3]), math.fsum(x / 3 for x in range(7)))
    print(math.fsum([math.inf, 1.0]), math.fsum([1.0, math.nan]))
    print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([7], start=5), math.prod(range(1, 6), start=2))
    print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -52]))
    try:
        math.fsum([math.inf, -math.inf])
    except ValueError as e:
        print("ValueError:", e)
    try:
        math.fsum([1e308, 1e308])
    except OverflowError as e:
        print("OverflowError:", e)


main()
