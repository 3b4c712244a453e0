"""Lists: displays, comprehensions, methods and loops as the C++ reads them."""


def moving_average(values: list[float], window: int) -> list[float]:
    """Averages of each run of `window` values."""
    out = []
    for i in range(len(values) - window + 1):
        chunk = values[i:i + window]
        out.append(sum(chunk) / window)
    return out


def tally(words: list[str]) -> list[tuple[str, int]]:
    seen = []
    counts = []
    for word in words:
        if word in seen:
            counts[seen.index(word)] += 1
        else:
            seen.append(word)
            counts.append(1)
    return [(w, c) for w, c in zip(seen, counts) if c > 1]


def main():
    data = [1.0, 4.0, 2.5, 3.0, 8.0]
    print(moving_average(data, 2))
    words = "the cat and the hat and the bat".split()
    print(tally(words))
    for rank, (word, count) in enumerate(sorted(tally(words)), 1):
        print(f"{rank}. {word}: {count}")


if __name__ == "__main__":
    main()
