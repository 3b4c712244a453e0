"""str.format with positional arguments: automatic and manual numbering, conversions, format
specs (also nested ones), literal braces, and CPython's errors."""


def report(names, values):
    print("{:<8}|{:>10}|{:^7}".format("name", "value", "rank"))
    rank = 1
    for name, value in zip(names, values):
        print("{:<8}|{:>10.4f}|{:^7d}".format(name, value, rank))
        rank += 1
    print("{0} rows, first {1!r}, last {2!r}".format(len(names), names[0], names[-1]))


def forms():
    print("{} + {} = {}".format(1, 2, 1 + 2))
    print("{1} before {0}, {0} again".format("a", "b"))
    print("{{literal}} and {}".format("field"))
    print("{!r} {!s} {!a}".format("it's", "plain", "café"))
    print("[{:>6}] [{:<6}] [{:^6}] [{:*^7}]".format("ab", "ab", "ab", "ab"))
    print("{:+d} {: d} {:05d} {:,} {:_x} {:#b} {:o}".format(5, 5, -42, 1234567, 65535, 5, 8))
    print("{:.3e} {:g} {:.2%} {:10.3f}| {:<10.1f}|".format(12345.678, 0.0001, 0.1234, 3.14159, 2.5))
    print("{:{}}|{:{}.{}f}|{:>{}}".format("x", 4, 3.14159, 8, 2, "r", 3))
    print("{} {} {}".format(True, None, (1, "a")))
    print("{} {}".format([1, 2], [[0.5]]))
    print("{:>5}|{:<5}|".format(True, 7))
    print("no fields".format())
    print("{0}{0}{0}".format("ab"))
    template = "{}-{}"
    print(template.format("x", 9))


def attempt_one(fmt, value):
    try:
        print(fmt.format(value))
    except ValueError as e:
        print("ValueError:", e)
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
    except TypeError as e:
        print("TypeError:", e)


def errors():
    attempt_one("{", 1)
    attempt_one("}", 1)
    attempt_one("{0", 1)
    attempt_one("{2}", 1)
    attempt_one("{name}", 1)
    attempt_one("{} {0}", 1)
    attempt_one("{0} {}", 1)
    attempt_one("{:d}", 1.5)
    attempt_one("{:5}", [1])
    attempt_one("{0!x}", 1)
    attempt_one("{0!rx}", 1)
    attempt_one("{:{:{}}}", 1)
    attempt_one("{:s}", 1)
    attempt_one("{:,s}", "a")


if __name__ == "__main__":
    report(["alpha", "beta", "gamma"], [1.5, 22.25, -0.125])
    forms()
    errors()
