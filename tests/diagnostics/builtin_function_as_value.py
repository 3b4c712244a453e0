# expect: error at 7:21: the built-in 'len' cannot be used as a value
from collections import defaultdict


def lengths(words: list[str]) -> int:
    # a factory must be a class; len is a function
    d = defaultdict(len)
    return len(d)


print(lengths(["a"]))
