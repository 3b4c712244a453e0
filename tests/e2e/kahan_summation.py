"""Naive, Kahan (compensated) and pairwise-free Neumaier summation of series."""


def naive_sum(n: int, term: float) -> float:
    s = 0.0
    for _ in range(n):
        s += term
    return s


def kahan_sum(n: int, term: float) -> float:
    s = 0.0
    c = 0.0
    for _ in range(n):
        y = term - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def neumaier_alternating(n: int) -> tuple[float, float]:
    """Sum of 1, 1e100, 1, -1e100 repeated: naive versus Neumaier."""
    naive = 0.0
    s = 0.0
    c = 0.0
    for i in range(n):
        k = i % 4
        x = 1.0 if k == 0 or k == 2 else (1e100 if k == 1 else -1e100)
        naive += x
        t = s + x
        if abs(s) >= abs(x):
            c += (s - t) + x
        else:
            c += (x - t) + s
        s = t
    return naive, s + c


def harmonic_forward_backward(n: int) -> tuple[float, float]:
    forward = 0.0
    for k in range(1, n + 1):
        forward += 1.0 / k
    backward = 0.0
    for k in range(n, 0, -1):
        backward += 1.0 / k
    return forward, backward


if __name__ == "__main__":
    print(naive_sum(10, 0.1), kahan_sum(10, 0.1))
    print(naive_sum(1000000, 0.1), kahan_sum(1000000, 0.1))
    print(naive_sum(3, 1e-16) + 1.0, 1.0 + naive_sum(3, 1e-16))
    print(neumaier_alternating(4), neumaier_alternating(400))
    f, b = harmonic_forward_backward(1000000)
    print(f, b, f - b)
