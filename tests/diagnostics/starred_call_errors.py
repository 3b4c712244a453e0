# '*' in calls unpacks tuples, whose length is known when compiling; lists and the rest are refused.
import math


def volume(d, w, h):
    return d * w * h


def area(w, h):
    return w * h


def size():
    print("size")
    return (2.0, 3.0)


xs = [1.0, 2.0]
print(area(*xs))
print(max(*xs))
print(math.hypot(*size()))
print(volume(1.0, *size()))
print(volume(area(1.0, 1.0), *size()))
