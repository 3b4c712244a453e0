"""A defaultdict updated from its own entries (`d[new] += d[old]`, numbers and str): the read on
the right is taken before the store on the left adds an entry, as Python evaluates it — many new
keys, so the dict's storage grows while values are read from it (built with the sanitizers in CI)."""
from collections import defaultdict


def fib_table(n: int) -> defaultdict[int, int]:
    table = defaultdict(int)
    table[1] = 1
    for k in range(2, n):
        table[k] += table[k - 1] + table[k - 2]
    return table


def main() -> None:
    t = fib_table(90)
    print(t[89], len(t), t[0])
    paths = defaultdict(float)
    paths["start"] = 1.0
    for step in range(200):
        paths["s%d" % step] += paths["start"] * 0.5
        paths["start"] += paths["s%d" % step]
    print(len(paths), paths["start"] > 1.0, paths["s199"])
    acc = defaultdict(int)
    acc[0] = 1
    for i in range(1, 300):
        acc[i] += acc[i - 1]  # a new key on the left, a reference into the dict on the right
    print(len(acc), acc[299])
    names = defaultdict(str)
    names[0] = "x"
    for i in range(1, 100):
        names[i] += names[i - 1]  # a str read by reference while a new entry is stored
    print(len(names), len(names[99]), names[50][:3])


if __name__ == "__main__":
    main()
