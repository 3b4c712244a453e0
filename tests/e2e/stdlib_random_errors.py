"""random's error paths, caught, with CPython's exception types and messages: empty sequences,
randrange's empty ranges, zero steps and non-integer floats (integral floats are accepted),
sample sizes out of range, non-sequence populations, choices' weight checks and its positional k,
shuffle of immutable sequences, a negative getrandbits, distribution parameters Python rejects,
choice of a dict (random.py reads d[i]: a value, or KeyError);
the generator's state after each error is checked by the next draw."""
import random


def attempt(which: int) -> None:
    try:
        if which == 0:
            print(random.choice([]))
        elif which == 1:
            print(random.randrange(0))
        elif which == 2:
            print(random.randrange(5, 5))
        elif which == 3:
            print(random.randrange(1, 10, 0))
        elif which == 4:
            print(random.randrange(10, 1))
        elif which == 5:
            print(random.randrange(10, 1, 2))
        elif which == 6:
            print(random.randrange(10, step=2))
        elif which == 7:
            print(random.sample([1, 2], 3))
        elif which == 8:
            print(random.sample({1, 2}, 1))
        elif which == 9:
            print(random.getrandbits(-1))
        elif which == 10:
            print(random.choices([1, 2], 3))
        elif which == 11:
            print(random.choices([], k=2))
        elif which == 12:
            print(random.choices([1], [1], cum_weights=[1]))
        elif which == 13:
            print(random.choices([1, 2], [0, 0]))
        elif which == 14:
            print(random.randint(1.5, 3))
        elif which == 15:
            print(random.randrange(2.5))
        elif which == 16:
            print(random.randrange(1, 2.5))
        elif which == 17:
            print(random.randrange(1, 5, 1.5))
        elif which == 18:
            print(random.expovariate(0))
        elif which == 19:
            print(random.gammavariate(0, 1))
        elif which == 20:
            print(random.choice({1, 2}))
        elif which == 21:
            random.shuffle((1, 2, 3))
        elif which == 22:
            print(random.sample([1, 2], -1))
        elif which == 23:
            print(random.sample([1, 2], 1, counts=[0, 0]))
        elif which == 24:
            print(random.sample([1, 2], 1, counts=[1]))
        elif which == 25:
            print(random.paretovariate(0))
        elif which == 26:
            print(random.choices([1, 2], [1, 2, 3]))
        elif which == 27:
            print(random.choices(["a", "b"], cum_weights=[1.0, float("inf")]))
        elif which == 28:
            print(random.getrandbits(64))
        elif which == 29:
            print(random.randint(10, 3))
        elif which == 30:
            print(random.choice(""))
        elif which == 31:
            random.shuffle("ab")
        elif which == 32:
            print(random.sample([1, 2], 1, counts=[1.0, 2.0]))
        elif which == 33:
            print(random.randrange(10.0), random.randint(2, 5.0), random.randrange(1.0, 10.0, 2.0))
        elif which == 34:
            print(random.randrange(float("nan")))
        elif which == 35:
            print(random.randrange(3, None, 1), random.randrange(3, None))
        elif which == 36:
            print(random.choices([1, 2], True))
        elif which == 37:
            print(random.choices([1, 2], 2.5))
        elif which == 38:
            print(random.lognormvariate(1000, 1))
        elif which == 39:
            print(random.choices([], [], k=1))
        elif which == 40:
            print(random.sample(range(5), 2, counts=[1, 2, 3, 4, 5]), random.sample("ab", 3, counts=[2, 2]))
        elif which == 41:
            print(random.triangular(5.0, 5.0, 5.0), random.triangular(2.0, 2.0))
        elif which == 42:
            print(random.choice({0: "a", 1: "b", 2: "c"}), random.choice({0.0: "z", 1.0: "w"}), random.choice({True: 1.5, False: 2.5}))
        elif which == 43:
            print(random.choice({5: "q", 6: "r"}))
        elif which == 44:
            print(random.choice({"x": 1}))
        elif which == 45:
            print(random.choice({}))
    except KeyError as e:
        print(which, "KeyError", e)
    except (ValueError, IndexError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(which, repr(e))


def main() -> None:
    random.seed(3)
    for i in range(46):
        attempt(i)
        print(random.random())


if __name__ == "__main__":
    main()
