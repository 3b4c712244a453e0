"""A word-frequency report the way a script would be written: normalise the text, count words
with a dict, group them by first letter, find the longest words, and print aligned tables with
%-formatting and str.format."""

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""

STOP_WORDS = ["it", "was", "the", "of"]


def normalise(text):
    words = []
    for raw in text.split():
        word = raw.strip(".,;:!?").lower()
        if word:
            words.append(word)
    return words


def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def by_first_letter(counts):
    groups = {}
    for word in sorted(counts):
        groups.setdefault(word[0], []).append(word)
    return groups


def top(counts, n):
    pairs = [(c, w) for w, c in counts.items()]
    pairs.sort(reverse=True)
    return pairs[:n]


def first_long_word(words, length):
    for w in words:
        if len(w) >= length:
            return w
    else:
        return "(none)"


def report(words):
    counts = count_words(words)
    content = {}
    for w, c in counts.items():
        if w not in STOP_WORDS:
            content[w] = c
    total = len(words)
    print("%d words, %d distinct, %d content words" % (total, len(counts), len(content)))
    print("%-12s %5s %7s" % ("word", "count", "share"))
    for c, w in top(counts, 6):
        print("%-12s %5d %6.1f%%" % (w, c, 100.0 * c / total))
    print("-" * 26)
    for letter, group in by_first_letter(content).items():
        if len(group) > 1:
            print("{}: {}".format(letter, ", ".join(group)))
    lengths = {}
    for w in content:
        lengths[len(w)] = lengths.get(len(w), 0) + 1
    for n in sorted(lengths):
        print("{:>2} letters: {}".format(n, "#" * lengths[n]))
    print("first word of 10+ letters:", first_long_word(words, 10))
    print("first word of 20+ letters:", first_long_word(words, 20))
    return counts


if __name__ == "__main__":
    counts = report(normalise(TEXT))
    del counts["it"]
    print(len(counts), "it" in counts, counts["was"])
