"""random.shuffle, sample and choices, seeded, as CPython draws them: shuffles of lists of several
sizes and item types (in place, seen through an alias), samples of lists, tuples, strs and ranges
whose sizes take each of random.py's two algorithms (a pool list when the population is at most
`setsize`, a set of chosen indices above it, on both sides of the boundary for k <= 5, k = 6 and
k = 60), sample with counts=, and choices without weights, with int or float weights and with
cumulative weights."""
import random


def shuffles() -> None:
    for n in [0, 1, 2, 3, 10, 33]:
        xs = list(range(n))
        alias = xs
        random.shuffle(xs)
        print(n, alias)
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    random.shuffle(words)
    flags = [True, False, False, True, True, False]
    random.shuffle(flags)
    pairs = [(1, 2.5), (2, 3.5), (3, 4.5)]
    random.shuffle(pairs)
    print(words, flags, pairs)


def samples() -> None:
    # k <= 5: a pool when n <= 21, a set of indices above.
    print(random.sample(range(21), 5), random.sample(range(22), 5), random.sample(list(range(100)), 3))
    # k = 6: setsize = 21 + 4**3 = 85.
    print(random.sample(range(85), 6), random.sample(range(86), 6))
    # k = 60: setsize = 21 + 4**4 = 277.
    print(random.sample(range(277), 60)[-5:], random.sample(range(278), 60)[-5:])
    print(random.sample(range(10**6), 100)[-4:], random.sample(range(10, 1000, 7), 20)[:6])
    pop = [x * 1.5 for x in range(40)]
    print(random.sample(pop, 40)[:8], random.sample(pop, 0), random.sample(pop, 1))
    print(random.sample("abcdefghij", 4), random.sample(("x", "y", "z"), 3), random.sample(population=[3, 1, 2], k=2))
    print(random.sample(["red", "blue"], 5, counts=[4, 2]), random.sample(range(3), 4, counts=(2, 0, 5)))
    whole = random.sample(range(50), 50)
    print(sorted(whole) == list(range(50)), whole[:10])


def choices() -> None:
    pop = ["a", "b", "c", "d"]
    print(random.choices(pop), random.choices(pop, k=10), random.choices(pop, k=0), random.choices(range(5), k=4))
    print(random.choices(pop, [1, 2, 3, 4], k=10))
    print(random.choices(pop, weights=[0.1, 0.0, 0.6, 0.3], k=10))
    print(random.choices(pop, cum_weights=[1, 1, 5, 10], k=10))
    print(random.choices(pop, cum_weights=(0.5, 0.75, 0.875, 1.0), k=10))
    print(random.choices((10, 20, 30), (5, 0, 1), k=6), random.choices("xyz", k=5))
    print(random.choices([1.5, 2.5], [True, True], k=4))


def main() -> None:
    for seed in [0, 1, 42, -99, 2**33 + 1]:
        random.seed(seed)
        print("seed", seed)
        shuffles()
        samples()
        choices()
        print(random.random())


if __name__ == "__main__":
    main()
