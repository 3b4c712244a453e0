"""Invariant checking with assert; the last check fails with a message."""


def checked_mean(a: float, b: float, c: float) -> float:
    m = (a + b + c) / 3.0
    assert min(a, b, c) <= m <= max(a, b, c), "mean outside the data range"
    return m


def probability(p: float) -> float:
    assert 0.0 <= p <= 1.0, f"not a probability: {p}"
    return p


if __name__ == "__main__":
    print(checked_mean(1.0, 2.0, 4.0))
    print(checked_mean(1e300, 1e300, 1e300))
    total = 0.0
    for i in range(5):
        total += probability(0.3 * i)
        print(i, total)
