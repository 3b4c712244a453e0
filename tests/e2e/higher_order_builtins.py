"""sorted/min/max with key=, list.sort(key=...), map and filter: lambdas, module functions,
built-ins and methods of built-in types as the callable; stability, reverse, ties, closures."""
import math


def by_length(w: str) -> int:
    return len(w)


def norm(p):
    return math.hypot(p[0], p[1])


def weighted(x, w=2):
    return x * w


def noisy_key(x: int) -> int:
    print("key of", x)
    return -x


def histogram_order(counts: dict[str, int]) -> list[str]:
    # the most common first, ties alphabetically
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


if __name__ == "__main__":
    words = ["pear", "fig", "banana", "kiwi", "Apple", "date"]
    print(sorted(words, key=len))
    print(sorted(words, key=lambda w: (len(w), w), reverse=True))
    print(sorted(words, key=str.lower), sorted(words, key=None))
    print(sorted(words, key=by_length, reverse=False))
    print(min(words, key=len), max(words, key=len))  # ties: the first one wins
    points = [(3.0, 4.0), (1.0, 1.0), (-2.0, 0.5), (0.0, -5.0)]
    print(sorted(points, key=norm))
    print(max(points, key=lambda p: p[1]), min(points, key=lambda p: abs(p[0])))
    scale = 2
    print(list(map(lambda x: x * scale, [1, 2, 3])))
    print(list(map(str.upper, words)))
    print(sum(map(len, words)), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
    print(list(map(weighted, [1.5, 2.5])), list(map(int, "123")), list(map(float, ["1.5", "2"])))
    print(list(filter(lambda w: "a" in w, words)), list(filter(None, [0, 1, 2, 0, 3])))
    print(list(filter(None, ["", "x", "", "yz"])), list(filter(str.isdigit, ["1", "a", "22"])))
    print([len(w) for w in filter(lambda w: len(w) > 3, words)])
    for r in map(math.sqrt, [1.0, 4.0, 9.0]):
        print(r)
    words.sort(key=lambda w: w[-1])
    print(words)
    words.sort(key=len, reverse=True)
    print(words)
    pairs = [(1, "b"), (2, "a"), (1, "a")]
    print(sorted(pairs, key=lambda t: t[0]), sorted(pairs, key=lambda t: t[1]))
    print(sorted(pairs, key=lambda t: t[0], reverse=True))  # reverse keeps equal keys in order
    print(", ".join(map(str, [1, 2, 3])), max(map(abs, [-7, 3, 5])))
    print(histogram_order({"b": 2, "a": 2, "c": 5, "d": 1}))
    grid = [[3, 1], [1, 2], [2, 0]]
    print(sorted(grid, key=lambda row: row[1]), sorted(grid, key=sum), min(grid, key=lambda r: r[0] * r[1]))
    print(sorted([3, 1, 2], key=noisy_key))  # each key computed once, in order
    print(sorted(range(6), key=lambda i: (i % 3, -i)), any(map(lambda v: v > 2, [1, 5])))
    mixed = [2.0, 1.5, -3.0]
    print(sorted(mixed, key=abs), max(mixed, key=lambda v: v * v))
    print(sorted(set(map(lambda w: w[0], ["ab", "ac", "bd"]))), sorted(filter(lambda n: n % 2, range(9)), reverse=True))
    empty: list[str] = []
    print(sorted(empty, key=len), list(map(len, empty)))
    try:
        print(max(empty, key=len))
    except ValueError as e:
        print("ValueError:", e)
    print(min(empty, key=len))
