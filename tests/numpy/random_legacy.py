"""NumPy's legacy global generator (np.random.seed and the module-level functions) inside the
compiled code: every draw must be bit-identical to NumPy 1.24's for the same seed, so the
tolerance is exact. Seeds cover 0, small, large and 2**32 - 1; sizes cover scalars, vectors,
matrices and an empty draw; bounds cover masks just above and below a power of two and a range
beyond 32 bits (the 64-bit path of randint). The failing calls must raise NumPy's exceptions."""
#tolerance: rtol=0 atol=0
#run: uniform_draws(0, 7)
#run: uniform_draws(1, 1)
#run: uniform_draws(42, 1000)
#run: uniform_draws(4294967295, 33)
#run: gaussian_draws(0, 5)
#run: gaussian_draws(123456789, 1001)
#run: integer_draws(3, 0, 10, 50)
#run: integer_draws(5, -1000, 1000, 2000)
#run: integer_draws(6, 0, 17, 100)
#run: integer_draws(7, 0, 16, 100)
#run: integer_draws(8, -5, 1099511627776, 40)
#run: integer_draws(9, 0, 1, 3)
#run: matrix_draws(11, 4, 3)
#run: matrix_draws(12, 1, 1)
#run: shuffles(13, 10)
#run: shuffles(14, 1)
#run: choices(15, 20, 7)
#run: mixed_sequence(16)
#run: poisson_draws(18, 0.5, 300)
#run: poisson_draws(19, 9.99, 300)
#run: poisson_draws(20, 10.0, 300)
#run: poisson_draws(21, 1234.5, 300)
#run: bad_poisson(-0.5)
#run: empty_draws(17)
#run: bad_seed(-1)
#run: bad_randint(5, 3)
#run: bad_randint(0, 0)
#run: bad_scale(-1.0)
#run: bad_scale(-0.0)
#run: zero_and_nan_scales(22)
#run: bad_choice(3, 5)
import numpy as np


def uniform_draws(seed, n):
    np.random.seed(seed)
    a = np.random.random_sample(n)
    b = np.random.rand(n)
    c = np.random.uniform(-2.0, 3.0, n)
    d = np.random.random((n,))
    return a, b, c, d, np.random.random_sample(), np.random.uniform(), np.random.rand()


def gaussian_draws(seed, n):
    np.random.seed(seed)
    a = np.random.randn(n)  # odd n leaves a cached value for the next draw
    b = np.random.standard_normal()
    c = np.random.normal(1.5, 0.25, n)
    d = np.random.normal(-3.0, 2.0)
    e = np.random.exponential(2.0, n)
    return a, b, c, d, e, np.random.exponential(), np.random.randn()


def integer_draws(seed, low, high, n):
    np.random.seed(seed)
    a = np.random.randint(low, high, n)
    b = np.random.randint(low, high)
    c = np.random.randint(high - low, size=(2, 3))
    return a, b, c, np.random.randint(high - low)


def matrix_draws(seed, rows, cols):
    np.random.seed(seed)
    a = np.random.rand(rows, cols)
    b = np.random.randn(rows, cols)
    c = np.random.standard_normal((cols, rows))
    d = np.random.random_sample((rows, cols))
    return a, b, c, d


def shuffles(seed, n):
    np.random.seed(seed)
    a = np.arange(n * 1.0)
    np.random.shuffle(a)
    m = np.arange(n * 3).reshape(n, 3)
    np.random.shuffle(m)
    return a, m, np.random.permutation(n), np.random.permutation(a)


def choices(seed, population, k):
    np.random.seed(seed)
    a = np.random.choice(population, k)
    b = np.random.choice(population, k, replace=False)
    values = np.linspace(0.0, 1.0, population)
    c = np.random.choice(values, k)
    d = np.random.choice(values)
    return a, b, c, d, np.random.choice(population)


def mixed_sequence(seed):
    """Calls of different kinds interleaved: each must leave the generator as NumPy leaves it."""
    np.random.seed(seed)
    total = 0.0
    for i in range(50):
        total += np.random.randn() + np.random.random_sample() * np.random.randint(1, 5)
    return total, np.random.normal(0.0, 1.0, 3)


def poisson_draws(seed, lam, n):
    """Below 10 the multiplication method, from 10 up the transformed rejection (PTRS)."""
    np.random.seed(seed)
    a = np.random.poisson(lam, n)
    return a, np.random.poisson(lam), np.random.poisson(), np.random.poisson(lam, (2, 2))


def bad_poisson(lam):
    return np.random.poisson(lam)


def empty_draws(seed):
    np.random.seed(seed)
    a = np.random.rand(0)
    b = np.random.randint(5, 3, size=0)  # no bounds check for an empty draw, as in NumPy
    return a, b, np.random.random_sample()


def bad_seed(seed):
    np.random.seed(seed)
    return np.random.rand()


def bad_randint(low, high):
    np.random.seed(0)
    return np.random.randint(low, high)


def bad_scale(scale):
    return np.random.normal(0.0, scale)


def zero_and_nan_scales(seed):
    np.random.seed(seed)
    nan = float("nan")
    return np.random.normal(1.0, 0.0), np.random.exponential(0.0, 2), np.random.normal(0.0, nan), np.random.exponential(nan)


def bad_choice(population, k):
    np.random.seed(0)
    return np.random.choice(population, k, replace=False)
