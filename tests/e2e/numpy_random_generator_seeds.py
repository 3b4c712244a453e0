"""default_rng over 5,200 seeds (0..4999 and 200 up to 2**63 - 1): a digest of every kind of draw
per seed, printed, must be NumPy 1.24's to the last digit (SeedSequence and PCG64 seeding, the
ziggurats, Lemire integers on 32- and 64-bit draws, Floyd's choice, shuffles)."""
import numpy as np


def digest(seed):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(40)
    b = rng.exponential(1.0, 40)
    c = rng.integers(0, 1000, 10)
    d = rng.integers(-(1 << 50), 1 << 50, 3)
    e = rng.choice(30, 5, replace=False)
    f = rng.permutation(12)
    total = np.sum(a * np.arange(40.0)) + np.sum(b * np.arange(40.0)) + rng.random() + rng.uniform(-1.0, 1.0)
    return total, int(np.sum(c * np.arange(10))), int(d[0] % 1000003 + d[1] % 999983 + d[2] % 1000033), int(np.sum(e * np.arange(5)) + np.sum(f * np.arange(12)))


def main():
    for s in range(5000):
        print(s, digest(s))
    for k in range(200):
        s = 9223372036854775807 - k * 46116860184273879
        print(s, digest(s))


if __name__ == "__main__":
    main()
