# sys.exit with codes of several types caught as SystemExit (str(e), e.args: SystemExit() for
# None), then an uncaught sys.exit(-1): exit status 255.
import sys
from functools import reduce
from itertools import groupby, starmap


def code_of(i):
    try:
        if i == 0:
            sys.exit(True)
        if i == 1:
            sys.exit(2.5)
        sys.exit([1, 2])
    except SystemExit as e:
        print("caught", e, e.args)
    return i


for i in range(3):
    code_of(i)
for quiet in [None, 0]:
    try:
        sys.exit(quiet)
    except SystemExit as e:
        print("caught", repr(e), e.args)
pairs = [(1, 2), (3, 4)]
print(list(starmap(lambda a, b: (b, a), pairs)))
print(reduce(lambda a, b: a + b, ["x", "y", "z"], ""))
print([(k, sum(g)) for k, g in groupby([1, 1, 2, 2, 2, 3], key=lambda v: v % 2 == 0)])
print(max(len(list(g)) for _, g in groupby("aabbbbc")))
sys.exit(-1)
