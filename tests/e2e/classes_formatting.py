"""Objects in f-strings, %-formatting and str.format; a class used only through static methods."""


class P:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return "P" + str(self.x)


class Units:
    @staticmethod
    def km(m):
        return m / 1000.0


p = P(1)
print(f"{p}|{p!s:>6}|{p!r:.1}|{p!s:*^9}")
print("%s %5s %-5s|" % (p, p, p), "{} {!s:>5} {}".format(p, p, [str(p)]))
try:
    print(f"{p:>6}")
except TypeError as e:
    print("TypeError:", e)
try:
    print("{:>5}".format(p))
except TypeError as e:
    print("TypeError:", e)
print(len(str(p)), Units.km(2500.0))
x = 3.14159
name = "ab"
print(f"{x!s:.3}|{x!r:>9}|{name!r:>6}|{name!s:<4}|{x:.3}|{7!s:>3}")
