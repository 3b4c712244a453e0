"""collections.Counter and collections.defaultdict: counting words and characters, most_common
(ties in insertion order), missing keys (0 for a Counter without storing it; a defaultdict stores
its factory's value), update/subtract/total/elements, printing as CPython prints them, equality
with dicts, grouping into defaultdict(list) and defaultdict(set), and nested use in a histogram."""
from collections import Counter, defaultdict
import collections


def word_counts(text: str) -> Counter[str]:
    return Counter(text.split())


def group_by_length(words: list[str]) -> defaultdict[int, list[str]]:
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    return groups


def main() -> None:
    text = "the quick brown fox jumps over the lazy dog the fox"
    c = word_counts(text)
    print(c)
    print(c.most_common(2), c["the"], c["cat"], len(c), "cat" in c)
    print(c.most_common())
    letters = Counter("mississippi")
    print(letters, letters.total(), sorted(letters.elements()))
    letters.update("spam")
    letters.subtract(["s", "s", "x"])
    print(letters, letters["x"])
    print(Counter() == {}, Counter("ab") == {"a": 1, "b": 1}, dict(Counter("aab")))
    tally = collections.Counter()
    for n in [3, 1, 3, 2, 3, 1]:
        tally[n] += 1
    print(tally, list(tally.keys()), tally.most_common(1)[0])
    groups = group_by_length(text.split())
    print(groups)
    print(sorted(groups.items()), groups[99], len(groups))
    seen = defaultdict(set)
    for i, w in enumerate(text.split()):
        seen[w[0]].add(i % 4)
    print(seen)
    totals = defaultdict(float)
    for k, v in [("a", 1.5), ("b", 2.0), ("a", 0.25)]:
        totals[k] += v
    print(totals, totals["z"], dict(totals))
    counts = defaultdict(int)
    for ch in "hello world":
        counts[ch] += 1
    print(counts["l"], counts["q"], sorted(counts.items())[:3])
    copy = counts.copy()
    copy["l"] = 0
    print(counts["l"], copy["l"])
    histogram = defaultdict(dict)
    histogram["x"]["y"] = 1
    print(histogram)


if __name__ == "__main__":
    main()
