"""try/except/else/finally with built-in exceptions raised by Python code and by the runtime."""
import math
import numpy as np


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return math.inf


def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        print("bad:", e)
        value = -1
    else:
        print("parsed", value)
    return value


def classify(x):
    try:
        if x < 0:
            raise ValueError("negative: " + str(x))
        if x == 0:
            raise ZeroDivisionError("zero")
        r = math.sqrt(x)
    except (ValueError, ZeroDivisionError) as err:
        print("caught", repr(err), str(err))
        r = 0.0
    finally:
        print("checked", x)
    return r


def lookup(a, i):
    try:
        return float(a[i])
    except IndexError as e:
        print(f"index error: {e}")
        return -1.0


def reraise(x):
    try:
        return math.log(x)
    except ValueError:
        print("log failed for", x)
        raise


def solve(A, b):
    try:
        return np.linalg.solve(A, b)
    except np.linalg.LinAlgError as e:
        print("singular:", e)
        return np.zeros(2)


def nested(n):
    total = 0
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise KeyError("k" + str(i))
                total += 10 // (i % 2)
            except KeyError as e:
                print("key", e, repr(e))
                total += 1
        except ArithmeticError as e:
            print("arith", e)
            total += 100
    return total


def convert(e_text):
    try:
        return int(e_text)
    except ValueError as e:
        raise RuntimeError("cannot convert " + e_text) from e


if __name__ == "__main__":
    print(safe_div(1.0, 4.0), safe_div(1.0, 0.0))
    print(parse("12"), parse("x1"))
    print(classify(4.0), classify(-2.0), classify(0.0))
    a = np.arange(3.0)
    print(lookup(a, 1), lookup(a, 7))
    print(solve(np.eye(2), np.ones(2)), solve(np.zeros((2, 2)), np.ones(2)))
    print(nested(7))
    try:
        reraise(-1.0)
    except ValueError as e:
        print("outer got", e)
    try:
        print(convert("5"))
        print(convert("five"))
    except RuntimeError as e:
        print("runtime:", e)
    try:
        assert 1 > 2, "assertion message"
    except AssertionError as e:
        print("assert:", e)
    except Exception:
        print("unreachable")
    try:
        x = 1 // 0
    except Exception as e:
        print("generic", e)
    print(reraise(0.0))
