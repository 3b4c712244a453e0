"""printf-style formatting with `%` on str: every conversion, flag, width and precision form,
tuple and single right operands, and CPython's errors for bad formats and wrong value types."""


def table(rows):
    """A report the way scripts print one: a header, aligned columns, a total."""
    lines = ["%-10s %8s %6s" % ("name", "value", "share")]
    total = 0.0
    for name, value in rows:
        total += value
    for name, value in rows:
        lines.append("%-10s %8.3f %5.1f%%" % (name, value, 100.0 * value / total))
    lines.append("%-10s %8.3f" % ("total", total))
    return "\n".join(lines)


def conversions():
    print("%d %i %u" % (42, -7, 3))
    print("%5d|%-5d|%05d|%+d|% d|%+05d|% 05d" % (42, 42, 42, 42, 42, 3, -3))
    print("%.3d|%08.3d|%+.3d|%-6.2d|" % (5, 5, 5, 5))
    print("%o %#o %x %#x %X %#X %#x" % (8, 8, 255, 255, 255, 255, 0))
    print("%x|%#08x|%#.3x|%#5o" % (-255, -255, 5, 0))
    print("%d %d %d %x" % (True, False, 3.99, True))
    print("%d %d" % (-3.99, 1e20))
    print("%f|%.2f|%10.4f|%-10.1f|%+.1f|%010.3f" % (3.14159, 2.675, 3.14159, 2.5, 2.5, -3.14159))
    print("%e|%.0e|%E|%.3e|%08.3e" % (1234.5, 12345.0, 0.000123, 0.0, -1.5))
    print("%g|%g|%.3g|%G|%#g|%10.4g|%g" % (1e20, 1e-10, 0.0001234, 1e-10, 1.0, 123456789.0, 100000.0))
    print("%.0f %.0f %.0f %#.0f" % (0.5, 1.5, 2.5, 3.0))
    print("%f %f %f" % (1, True, -0.0))
    print("%010.3f|%010.3f|%F|%f|%5.1f" % (float("-inf"), float("nan"), float("inf"), float("inf"), -0.04))
    print("%s|%5s|%-5s|%.2s|%.0s|%05s|" % ("abc", "ab", "ab", "hello", "gone", "ab"))
    print("%s %s %s %s" % (1, 2.5, True, None))
    print("%r %r %r %r" % ("it's", 1.0, None, "tab\there"))
    print("%a %a" % ("café", "plain"))
    print("%c%c%c|%3c|%-3c|" % (72, "i", 33, 65, "z"))
    print("%s|%.3s" % ((1, "a"), 1.5))
    print("100%% sure, %d%%" % 50)
    print("%ld %hd %Lf" % (5, 6, 1.5))
    print("%*d|%-*d|%*d|%.*f|%*.*f|" % (5, 42, 5, 42, -5, 42, 2, 3.14159, 8, 3, 2.71828))


def single_values():
    print("%s" % "just one")
    print("%d items" % 3)
    print("%.4f" % 2.0)
    print("[%s]" % [1, 2, 3])
    print("%s" % [[1.5], [2.5, 3.0]])
    print("no conversions" % [])
    print("%s" % (("nested", 1),))
    name = "x"
    template = "%s = %6.2f"
    print(template % (name, 1.0 / 3.0))
    message = "step %d"
    message %= 7
    print(message)
    print("café %s %5s|" % ("é", "ü"))


def attempt(fmt, value):
    try:
        print(fmt % value)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)
    except OverflowError as e:
        print("OverflowError:", e)


def errors():
    attempt("%d", "x")
    attempt("%x", 1.5)
    attempt("%f", "x")
    attempt("%c", "ab")
    attempt("%c", 1.5)
    attempt("%c", -1)
    attempt("%z", 1)
    attempt("%", 1)
    attempt("%5%", 1)
    attempt("%(key)s", 1)
    attempt("%d", float("nan"))
    attempt("%d", float("inf"))
    attempt("%d", None)
    attempt("%s %s", ("one",))
    attempt("%s", ("one", "two"))
    attempt("abc", 5)
    attempt("%*d", ("a", 1))
    attempt("ab %é", 1)


if __name__ == "__main__":
    print(table([("alpha", 1.5), ("beta", 22.25), ("gamma", 0.125)]))
    conversions()
    single_values()
    errors()
