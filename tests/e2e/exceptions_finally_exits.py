"""return, break and continue leaving a try statement with a finally block: the finally block runs
first, also through nested try statements, and an exception still wins over nothing."""
import math


def first_root(a, b, c):
    try:
        d = b * b - 4.0 * a * c
        if d < 0.0:
            return math.nan
        return (-b + math.sqrt(d)) / (2.0 * a)
    finally:
        print("  discriminant checked for", a, b, c)


def count_until(limit):
    total = 0
    for i in range(10):
        try:
            if i % 2 == 1:
                continue
            if i > limit:
                break
            total += i
        finally:
            print("  step", i)
    return total


def nested(x):
    try:
        try:
            if x > 1.0:
                return x * 2.0
            if x < -1.0:
                raise ValueError("too small")
        finally:
            print("  inner finally", x)
        print("  between", x)
    except ValueError as e:
        print("  caught", e)
        return -1.0
    finally:
        print("  outer finally", x)
    return 0.0


def log_all(n):
    k = 0
    while True:
        try:
            k += 1
            if k >= n:
                break
        finally:
            print("  iteration", k)
    return k


def report(x):
    try:
        print("value", x)
        return
    finally:
        print("  reported")


if __name__ == "__main__":
    print(first_root(1.0, -3.0, 2.0))
    print(first_root(1.0, 0.0, 1.0))
    print(count_until(5))
    print(nested(3.0), nested(-3.0), nested(0.5))
    print(log_all(3))
    report(7)
    try:
        try:
            raise KeyError("missing")
        finally:
            print("finally while a KeyError propagates")
    except KeyError as e:
        print("then caught", e)
