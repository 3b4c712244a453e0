"""np.random.seed and the legacy module-level functions, printed: every number must be NumPy 1.24's
(including the Monte-Carlo estimate of pi at the end), and calls in one print run left to right."""
import numpy as np


def main():
    np.random.seed(1234)
    x = np.random.rand(5)
    print(x)
    print(np.random.randn(2, 3))
    print(np.random.randint(0, 100, size=(2, 4)))
    print(np.random.randint(7), np.random.uniform(1.0, 2.0), np.random.normal(0.5, 2.0))
    p = np.random.permutation(8)
    print(p)
    a = np.arange(10.0)
    np.random.shuffle(a)
    print(a)
    print(np.random.choice(5, 3, replace=False), np.random.choice(a, 2))
    print(np.random.exponential(2.0, 3), np.random.standard_normal(), np.random.random((2,)))
    # Monte-Carlo estimate of pi
    n = 100000
    u = np.random.random_sample(n)
    v = np.random.random_sample(n)
    print(4.0 * np.mean(u * u + v * v <= 1.0))


if __name__ == "__main__":
    main()
