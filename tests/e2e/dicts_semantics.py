"""dict semantics: displays, insertion order, d[k] reads/stores/del, KeyError messages, get,
setdefault, pop, popitem, update, copy vs aliasing, keys/values/items, `in`, len, ==, printing,
dicts of lists and lists of dicts, tuple keys, and the types an empty {} takes from its uses."""


def tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


def histogram(values, width):
    bins = {}
    for v in values:
        b = int(v // width)
        if b in bins:
            bins[b] += 1
        else:
            bins[b] = 1
    return bins


def main():
    d = {"b": 2, "a": 1, "c": 3}
    print(d, len(d), d["a"])
    d["a"] = 10
    d["z"] = 26
    print(d)
    del d["b"]
    print(d, "b" in d, "c" in d, "q" not in d)
    alias = d
    copied = d.copy()
    alias["new"] = 0
    print(d is alias, len(copied), len(d), copied == d)
    print(d.get("zz", -1), d.get("c", -1), d.pop("c"), d.pop("c", 99), d)
    print(d.popitem(), d)
    d.update({"x": 7, "a": 11})
    print(d)
    print(list(d.keys()), list(d.values()), list(d.items()))
    for k in d:
        print(k, d[k])
    for k, v in d.items():
        print(f"{k}={v}", end=" ")
    print()
    print(sorted(d), sum(d.values()), max(d.values()))
    words = "the cat and the hat and the bat".split()
    print(tally(words))
    print(group_by_length(words))
    print(histogram([0.5, 1.5, 1.7, 3.2, 0.1, 2.9, 3.3], 1.0))
    grid = {(0, 0): "origin", (1, 2): "p"}
    grid[(2, 2)] = "q"
    print(grid, grid[(1, 2)], (0, 0) in grid)
    weights = {1: 0.5, 2: 1.5}
    weights[3] = 2.0
    print(weights, {1: 2} == {1: 2}, {1: 2} != {1: 3})
    records = [{"x": 1.0, "y": 2.0}, {"x": 3.0, "y": 4.0}]
    print(sum(r["x"] for r in records), records)
    nested = {"evens": [0, 2], "odds": [1]}
    nested["evens"].append(4)
    print(nested, dict(zip(["a", "b"], [1, 2])), dict())
    empty = {}
    print(len(empty), empty, bool(empty), bool(d))
    typed: dict[str, float] = {}
    typed["pi"] = 3.0
    print(typed)
    try:
        print(d["missing"])
    except KeyError as e:
        print("KeyError:", e)
    try:
        print(weights[42])
    except KeyError as e:
        print("KeyError:", e)
    try:
        d.clear()
        d.popitem()
    except KeyError as e:
        print("KeyError:", e)
    try:
        for k in copied:
            copied[k + "!"] = 1
    except RuntimeError as e:
        print("RuntimeError:", e)


if __name__ == "__main__":
    main()
