"""The bisect module as CPython's C accelerator runs it: bisect_left/bisect_right/bisect on lists
of ints, floats, strs and tuples and on tuples, with lo/hi (hi=None and hi=-1 mean len(a), other
negative his return lo), an int searched among floats and a float among ints (compared exactly),
insort_left/insort_right/insort keeping lists sorted (ties left or right of equal items), a
sorted-insertion workload, and the errors: a negative lo, a hi past the end, unorderable items."""
import bisect
from bisect import bisect_left, bisect_right, insort


def grade(score: float, breakpoints: list[float], grades: str) -> str:
    return grades[bisect.bisect(breakpoints, score)]


def running_median(values: list[int]) -> list[float]:
    window: list[int] = []
    out: list[float] = []
    for v in values:
        insort(window, v)
        n = len(window)
        out.append(float(window[n // 2]) if n % 2 else (window[n // 2 - 1] + window[n // 2]) / 2)
    return out


def attempt(which: int) -> None:
    a = [1, 2, 3, 4]
    try:
        if which == 0:
            print(bisect.bisect_left(a, 3, -1))
        elif which == 1:
            print(bisect.bisect_left(a, 9, 0, 10))
        elif which == 2:
            bisect.insort(a, 9, 0, 10)
        elif which == 3:
            print(bisect.bisect_left(["a", "b"], 1))
        elif which == 4:
            print(bisect.bisect_right((1, 2), 9, 0, 10))
        elif which == 5:
            print(bisect.bisect([], "x", 0, 10))
        elif which == 6:
            print(bisect.insort_right(a, 2, 5), a, bisect.bisect_left(a, 0, 7), bisect.bisect([], 5, 3))
        elif which == 7:
            print(bisect.insort_left(a, 0, lo=-2))
    except (ValueError, IndexError, TypeError) as e:
        print(which, repr(e))


def main() -> None:
    a = [1, 2, 4, 4, 4, 7, 9]
    print(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 4), bisect_left(a, 0), bisect_right(a, 10))
    print(bisect_left(a, 4.5), bisect.bisect(a, 3.0), bisect_left(a, 4.0), bisect_right(a, 4.0), bisect_left(a, 9007199254740993))
    print(bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3), bisect_left(a, 4, hi=-1), bisect_right(a, 9, 2, -2))
    print(bisect_left(a, 4, lo=2, hi=5), bisect_right(a, 4, hi=None), bisect_left(a, x=7), bisect.bisect_right(a, 1, 1, 1))
    insort(a, 5)
    bisect.insort_left(a, 4)
    bisect.insort_right(a, 0, 0, 3)
    bisect.insort(a, 100, lo=2)
    print(a)
    big = [9007199254740992, 9007199254740994]
    print(bisect_left(big, 9007199254740993.0), bisect_right(big, 9007199254740992.0), bisect_left([0.5, 1.5, 2.5], 2))
    words = ["apple", "banana", "cherry"]
    bisect.insort(words, "blueberry")
    bisect.insort_left(words, "banana")
    print(words, bisect.bisect(words, "c"), bisect_left(words, "banana"), bisect_right(words, "banana"))
    print(bisect_left((1, 3, 5), 3), bisect_right((1, 3, 5), 3), bisect.bisect((1.5, 2.5), 2))
    pts: list[tuple[int, str]] = [(0, "a"), (2, "c")]
    bisect.insort(pts, (1, "b"))
    bisect.insort(pts, (2, "b"))
    print(pts, bisect_left(pts, (2, "")), bisect_right(pts, (2, "z")))
    fs = [0.5, 1.5, 2.5]
    bisect.insort(fs, 2.0)
    bisect.insort_left(fs, -0.0)
    bisect.insort_right(fs, 0.0)
    print(fs)
    print([grade(s, [60.0, 70.0, 80.0, 90.0], "FDCBA") for s in [33.0, 99.0, 77.0, 70.0, 89.0, 90.0, 100.0]])
    print(running_median([5, 15, 1, 3, 8, 7, 9, 10, 20, 2]))
    empty: list[int] = []
    print(bisect_left(empty, 3), bisect_right(empty, 3, 0, None))
    insort(empty, 3)
    bisect.insort_left(empty, 1)
    print(empty)
    for i in range(8):
        attempt(i)


if __name__ == "__main__":
    main()
