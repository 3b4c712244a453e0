"""min()/max() with default= (alone and with key=): the default when the iterable is empty."""


def longest(words: list[str]) -> str:
    return max(words, key=len, default="")


if __name__ == "__main__":
    empty: list[int] = []
    xs = [3, 1, 2]
    print(max(xs, default=0), max(empty, default=-1), min(empty, default=5), min(xs, default=7))
    print(max(empty, key=abs, default=9), min(["bb", "a"], key=len, default=""), max([], default="none"))
    print(repr(longest([])), longest(["ab", "abc", "xyz"]), min([2.5, 1.5], default=0.0))
    print(max((x * x for x in xs if x > 5), default=-1), min(map(abs, [-4, 2]), default=0))
