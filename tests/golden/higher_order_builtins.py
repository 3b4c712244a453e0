"""Higher-order built-ins as the C++ shows them: the (key, item) pairs of sorted(key=), map() as a
comprehension."""

def longest_first(words: list[str]) -> list[str]:
    return sorted(words, key=lambda w: (-len(w), w))


def lengths(words: list[str]) -> list[int]:
    return list(map(len, words))
