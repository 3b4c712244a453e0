"""Golden C++ for sets, dict and set comprehensions, Counter and defaultdict: what a reader of the
generated code sees (py::set and its methods, the operators as method calls, a Counter read with
get(k, 0), a defaultdict's d[k])."""
from collections import Counter, defaultdict


def shared_tags(a: list[str], b: list[str]) -> set[str]:
    """Tags both lists use."""
    return set(a) & set(b)


def index_words(words: list[str]) -> defaultdict[str, list[int]]:
    positions = defaultdict(list)
    for i, w in enumerate(words):
        positions[w].append(i)  # every position of the word
    return positions


def summary(words: list[str]) -> None:
    counts = Counter(words)
    lengths = {w: len(w) for w in counts}
    short = {w for w in counts if lengths[w] <= 3}
    print(counts.most_common(2), counts["zzz"], sorted(short))
    odd = {1, 3, 5, 7}
    small = {x for x in range(6)}
    odd |= {9}
    print(odd & small, odd - small, odd ^ small, small <= odd, len(odd | small))


if __name__ == "__main__":
    text = "a rose is a rose is a rose".split()
    print(shared_tags(text, ["rose", "tulip"]))
    print(dict(index_words(text)))
    summary(text)
