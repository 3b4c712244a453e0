# expect: located errors for standard-library calls py2cpp refuses: tuple() of a value whose length is only known at run time, reduce() whose function changes the accumulator's type, starmap() of non-tuples, os.getenv without a str default, zip_longest with a fill value of another type than the items
import functools
import itertools
import os


def main():
    xs = [3, 1, 2]
    t = tuple(xs)
    u = tuple(range(4))
    w = tuple(sorted(xs))
    s = functools.reduce(lambda acc, x: str(x), xs, 0)
    m = list(itertools.starmap(abs, xs))
    h = os.getenv("HOME")
    z = list(itertools.zip_longest([1, 2], [3], fillvalue=0.5))
    print(t, u, w, s, m, h, z, tuple((1, 2)), tuple())


if __name__ == "__main__":
    main()
