"""Call arguments that read a list, dict or set are evaluated left to right around the arguments
that change it, as Python evaluates them: len() before and after a pop, a defaultdict read that
stores its default between two copies, a set add between two len() calls."""
from collections import defaultdict


def main() -> None:
    d = {"a": 1, "b": 2}
    print(len(d), d.pop("a"), len(d), dict(d))
    xs = [1, 2, 3]
    print(xs[-1], xs.pop(), xs[-1], sum(xs), len(xs))
    s = {1, 2}
    print(len(s), s.add(5), len(s), sorted(s))
    totals = defaultdict(float)
    print(dict(totals), totals["z"], dict(totals))
    ys = [3, 1, 2]
    print(sorted(ys), ys.append(0), sorted(ys), ys.count(0))


if __name__ == "__main__":
    main()
