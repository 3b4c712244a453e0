# print(*xs): the items of a list, str, dict, set or computed tuple, each printed as an argument.
xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ", end=".\n")
print("a", *[], "b")
print(*"abc", sep="|")
print(*{3: "x", 1: "y"})
print(*{2, 1, 3})
words = "the quick brown fox".split()
print(*words[:2], *sorted(words), sep="-")
def pair():
    return (4, 5)
print(*pair(), *[[1.5], [2.5]])
import sys
print(*xs, file=sys.stderr)
