"""Phase of a signal: the period computed from the frequency is zero."""


def phase(t: float, period: float) -> float:
    return t % period / period


def period_of(freq_hz: float) -> float:
    return 0.0 if freq_hz > 1e12 else 1.0 / freq_hz


if __name__ == "__main__":
    print(phase(2.5, period_of(1.0)))
    print(phase(2.5, period_of(4.0)))
    print(phase(-2.5, period_of(3.0)))
    print(phase(2.5, period_of(1e15)))
