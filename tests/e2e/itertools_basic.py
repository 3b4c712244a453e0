"""itertools as generators: combinations, combinations_with_replacement, permutations and product
(tuple lengths from constant r/repeat), islice (every argument form, its ValueErrors, an iterator
shared with next()), count (ints and floats), chain, chain.from_iterable, accumulate, pairwise,
repeat, cycle; consumed by loops, list(), max(key=), next()."""
import itertools
from itertools import combinations, permutations, product, islice, count


def main():
    print(list(combinations([1, 2, 3, 4], 2)))
    print(list(combinations("abcd", 3)))
    print(list(itertools.combinations_with_replacement([1, 2, 3], 2)))
    print(list(permutations([1, 2, 3], 2)), len(list(permutations(range(5), 3))))
    print(list(product([1, 2], "ab")))
    print(list(product([0, 1], repeat=3)))
    print(list(product([1, 2], [3.5], repeat=2)))
    print(list(islice(count(), 5)), list(islice(count(10, 5), 2, 8, 2)), list(islice(count(1.5, 0.5), 3)))
    print(list(itertools.chain([1, 2], [3], range(4, 6))), list(itertools.chain.from_iterable([[1], [2, 3], []])))
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([0.5, 0.25])))
    print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])))
    print(list(itertools.repeat("x", 3)), list(islice(itertools.repeat(2.5), 2)), list(itertools.repeat([1, 2], 2)))
    print(list(islice(itertools.cycle([1, 2, 3]), 7)), list(itertools.cycle([])))
    print(list(combinations([1, 2], 3)), list(combinations([1, 2], 0)), list(permutations([7], 0)))
    total = 0
    for a, b in combinations(range(10), 2):
        if (a + b) % 3 == 0:
            total += a * b
    print(total)
    it = iter(range(10))
    print(list(islice(it, 3)), next(it))
    print(list(islice(range(10), None)), list(islice(range(10), 2, None)), list(islice(range(10), 1, 9, 3)))
    try:
        list(islice(range(3), -1))
    except ValueError as e:
        print("ValueError:", e)
    try:
        list(islice(range(3), 0, 3, 0))
    except ValueError as e:
        print("ValueError:", e)
    best = max(product(range(3), range(3)), key=lambda p: p[0] * 2 - p[1])
    print(best)


main()
