"""Python's random module, seeded: the same numbers as CPython's Mersenne Twister for seeds 0, 1,
42, negative ones (abs is used), ones above 2**32 (two key words) and float seeds (their hash);
random, getrandbits (one word, two words, 63 bits), randint/randrange over small and full 64-bit
ranges, choice of lists/str/ranges, gauss with its cached second value (dropped by seed), and the
real-valued distributions, all printed with repr precision."""
import random
from random import randint, uniform


def draws(seed: int) -> None:
    random.seed(seed)
    print("seed", seed)
    print(random.random(), random.random(), random.random())
    print(random.getrandbits(1), random.getrandbits(7), random.getrandbits(32), random.getrandbits(33),
          random.getrandbits(40), random.getrandbits(63), random.getrandbits(0))
    print([randint(1, 6) for _ in range(12)])
    print([random.randrange(10) for _ in range(8)], random.randrange(5, 50, 7), random.randrange(50, 5, -3),
          random.randrange(-20, -3), random.randrange(0, 1000000007, 2), random.randrange(7, 8))
    print(randint(-9223372036854775807 - 1, 9223372036854775807), random.randrange(-9223372036854775807 - 1, 9223372036854775807),
          randint(0, 9223372036854775807), random.randrange(9223372036854775807), randint(-5, -5))
    letters = ["a", "b", "c", "d", "e"]
    print(random.choice(letters), random.choice("héllo wörld"), random.choice(range(100, 200, 3)),
          random.choice((2.5, 3.5, 4.5)), random.choice([True, False]), random.choice([(1, "x"), (2, "y")]))
    print(uniform(1, 10), uniform(-1.5, 2.5), uniform(5, 5), random.uniform(10.0, 1.0))
    print(random.gauss(), random.gauss(1, 2), random.gauss(mu=3.0, sigma=0.5), random.normalvariate(),
          random.normalvariate(10, 3))
    print(random.lognormvariate(0, 1), random.expovariate(2), random.expovariate(-0.5), random.expovariate(lambd=10))
    print(random.triangular(), random.triangular(0, 10, 3), random.triangular(1.0, 2.0, 1.0), random.triangular(high=5))
    print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.gammavariate(0.5, 1), random.gammavariate(1, 2),
          random.gammavariate(3.5, 1))
    print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0), random.vonmisesvariate(6, 0.5),
          random.paretovariate(3), random.weibullvariate(1, 1.5))


def gauss_cache() -> None:
    random.seed(7)
    first = random.gauss()
    second = random.gauss()
    random.seed(7)
    again = random.gauss()
    random.gauss()  # consumes nothing: the cached second value
    after = random.random()
    random.seed(7)
    random.gauss()
    random.seed(7)  # drops the cached value
    print(first, second, again == first, after, random.gauss() == first)


def main() -> None:
    for seed in [0, 1, 42, -7, 12345, 2**32, 2**40 + 3, -123456789012345, 9223372036854775807]:
        draws(seed)
    gauss_cache()
    random.seed(1.5)
    print(random.random())
    random.seed(-2.25)
    print(random.random())
    random.seed(3.0)
    a = random.random()
    random.seed(3)
    print(a == random.random())
    random.seed(True)
    print(random.random())
    random.seed()
    x = random.random()
    random.seed(None)
    print(0.0 <= x < 1.0, 0.0 <= random.random() < 1.0)
    random.seed(2024, version=2)
    print(random.random(), random.randrange(3, None), random.randint(a=1, b=2))


if __name__ == "__main__":
    main()
