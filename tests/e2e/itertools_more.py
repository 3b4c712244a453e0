# itertools.groupby (with and without key), zip_longest, takewhile, dropwhile, starmap, compress,
# filterfalse, with empty inputs and Python's consumption order.
import itertools
from itertools import groupby, zip_longest, takewhile, dropwhile, starmap, compress, filterfalse, count

data = [1, 1, 2, 3, 3, 3, 1, 4, 4]
for k, g in groupby(data):
    print(k, list(g))
print([(c, len(list(run))) for c, run in groupby("aaabccdaa")])
nothing: list[int] = []
print([k for k, _ in groupby(nothing)], [list(g) for _, g in groupby(nothing, key=lambda v: v % 2)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for parity, g in groupby(range(10), lambda x: x // 3):
    print(parity, sum(g))
for length, same in itertools.groupby(sorted(words, key=len), key=len):
    total = 0
    for w in same:
        total += len(w)
    print(length, total)
print(dict((ch, list(chars)) for ch, chars in groupby(sorted("mississippi"))))

print(list(zip_longest([1, 2, 3], [10, 20])))
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(zip_longest([1.5, 2.5], [1.0, 2.0, 3.0], fillvalue=0.0)))
print(list(itertools.zip_longest(nothing, nothing)), list(zip_longest(nothing, [1], fillvalue=7)))
for a, b in zip_longest(range(3), range(5), fillvalue=-1):
    print(a + b, end=" ")
print()

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x * x < 50, count(1))))
print(sum(takewhile(lambda x: x < 100, (2 ** i for i in range(20)))))
print(list(takewhile(lambda x: x > 0, nothing)), list(dropwhile(lambda x: x > 0, nothing)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(str.isspace, "   indented")))
print(list(dropwhile(lambda x: True, [1, 2])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b, c: a * b + c, [(1, 2, 3), (4, 5, 6)])))
print(sum(starmap(lambda x, y: x * y, zip([1, 2, 3], [4, 5, 6]))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True, False] * 3)))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, 0, 2, "" == "", 3])))
print(sorted(filterfalse(str.isupper, "aBcDeF")))
for x in filterfalse(lambda v: v > 2, [5, 1, 4, 2]):
    print("small", x)
