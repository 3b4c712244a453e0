"""np.random.default_rng(seed) and its Generator, printed: every number must be NumPy 1.24's, a
Generator passed to a function (or assigned to another name) draws from the same stream, and
calls in one print run left to right."""
import numpy as np


def walk(rng: np.random.Generator, steps: int) -> float:
    position = 0.0
    for _ in range(steps):
        position += rng.normal(0.0, 1.0)
    return position


def estimate_pi(rng, n):
    u = rng.random(n)
    v = rng.random(n)
    return 4.0 * np.mean(u * u + v * v <= 1.0)


def main():
    rng = np.random.default_rng(42)
    print(rng.random())
    print(rng.normal(0.0, 1.0, size=5))
    print(rng.integers(0, 10, size=(3, 4)))
    print(rng.integers(5), rng.integers(1, 6, endpoint=True), rng.uniform(2.0, 3.0), rng.integers(0, 1 << 40))
    print(walk(rng, 100))
    same = rng
    print(same.standard_normal((2, 2)))
    a = np.arange(10.0)
    rng.shuffle(a)
    print(a)
    print(rng.permutation(6), rng.choice(10, 3, replace=False), rng.choice(a, 4))
    print(rng.exponential(2.0, 3), rng.standard_exponential())
    print(np.random.default_rng(rng).random(2))
    print(estimate_pi(np.random.default_rng(2026), 100000))
    try:
        rng.integers(5, 5)
    except ValueError as e:
        print("ValueError:", e)
    print(rng.integers(3, 5), rng, str(rng), f"{rng}")


if __name__ == "__main__":
    main()
