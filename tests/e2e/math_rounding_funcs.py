"""floor, ceil, trunc (which return ints), fabs, fmod and copysign."""
import math


def bucket(x: float, width: float) -> int:
    return math.floor(x / width)


def pages_needed(items: int, per_page: int) -> int:
    return math.ceil(items / per_page)


def split(x: float) -> tuple[int, float]:
    whole = math.trunc(x)
    return whole, x - whole


if __name__ == "__main__":
    for i in range(-6, 7, 3):
        x = i / 2.0
        print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x))
    print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.ceil(-0.0))
    print(math.floor(1e15 + 0.5), math.ceil(-1e15 - 0.5), math.floor(7), math.ceil(-7))
    print(bucket(0.99, 0.25), bucket(-0.01, 0.25), bucket(1.0, 0.1))
    print(pages_needed(0, 10), pages_needed(1, 10), pages_needed(10, 10), pages_needed(11, 10))
    print(split(3.75), split(-3.75), split(0.0))
    print(math.fabs(-3.0), math.fabs(3), math.fabs(-0.0), math.fabs(-math.inf))
    print(math.fmod(7.5, 2.0), math.fmod(-7.5, 2.0), math.fmod(7.5, -2.0), -7.5 % 2.0)
    print(math.fmod(1.0, 0.1), math.fmod(-0.0, 1.0), math.fmod(5.0, math.inf), math.fmod(10, 3))
    print(math.copysign(3.0, -1.0), math.copysign(-3.0, 1.0), math.copysign(2.0, -0.0), math.copysign(0.0, -5.0))
    print(math.copysign(1.0, math.nan), math.copysign(math.inf, -2.0), math.copysign(4, -1))
