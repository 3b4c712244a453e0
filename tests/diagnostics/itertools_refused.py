"""itertools calls py2cpp refuses, each located: a tuple length (r, repeat) that is not an int
constant, a negative r (Python's ValueError), tuples too long to be a C++ type, permutations
without r (the length would be the input's), chain of iterables of different item types."""
import itertools


def main(n: int):
    print(list(itertools.combinations([1, 2, 3], n)))
    print(list(itertools.combinations([1, 2, 3], -1)))
    print(list(itertools.product(range(2), repeat=20)))
    print(list(itertools.permutations([1, 2, 3])))
    print(list(itertools.chain([1, 2], ["a"])))


main(2)
