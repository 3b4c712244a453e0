"""np.random.default_rng(seed) and its Generator methods inside the compiled code: every draw must
be bit-identical to NumPy 1.24's for the same seed (SeedSequence, PCG64 and the Generator's own
derivations), so the tolerance is exact. many_seeds draws every kind from 1,000 seeds; the other
runs cover seeds 0, small, 2**32 - 1, 2**32 and 2**63 - 1, sizes from empty to 100,000 (enough for
the ziggurat's wedges and tails), integer ranges on both sides of 32 bits (Lemire on a buffered
32-bit half, on 64-bit words, and the full ranges), both algorithms of choice without replacement,
and NumPy's exceptions for the calls that fail."""
#tolerance: rtol=0 atol=0
#run: many_seeds(0, 1000)
#run: many_seeds(4294967290, 12)
#run: many_seeds(9223372036854775000, 8)
#run: uniform_draws(0, 7)
#run: uniform_draws(42, 1000)
#run: uniform_draws(4294967296, 33)
#run: gaussian_draws(1, 5)
#run: gaussian_draws(12345, 100000)
#run: gaussian_draws(9223372036854775807, 1001)
#run: exponential_draws(2, 100000)
#run: exponential_draws(77, 3)
#run: integer_draws(3, 0, 10, 50)
#run: integer_draws(5, -1000, 1000, 2000)
#run: integer_draws(6, 0, 4294967296, 100)
#run: integer_draws(7, 0, 4294967297, 100)
#run: integer_draws(8, -5, 1099511627776, 400)
#run: integer_draws(9, 0, 1, 3)
#run: integer_draws(10, 7, 8, 5)
#run: full_ranges(11)
#run: interleaved(12, 40)
#run: matrix_draws(13, 4, 3)
#run: matrix_draws(14, 1, 1)
#run: shuffles(15, 10)
#run: shuffles(16, 1)
#run: shuffles(17, 1000)
#run: choices(18, 20, 7)
#run: choices(19, 20000, 300)
#run: choices(20, 20000, 1000)
#run: choices(21, 5, 5)
#run: empty_draws(22)
#run: bad_seed(-1)
#run: bad_integers(5, 5, False)
#run: bad_integers(0, 0, False)
#run: bad_integers(-3, -10, False)
#run: bad_integers(5, 4, True)
#run: bad_integers(0, -1, True)
#run: bad_scale(-1.0)
#run: bad_scale(-0.0)
#run: bad_uniform(1.0, 0.0)
#run: bad_uniform(-1e308, 1e308)
#run: bad_choice(3, 5, False)
#run: bad_choice(0, 5, True)
#run: bad_choice(-2, 1, True)
#run: bad_size(-1)
import numpy as np


def many_seeds(first, count):
    out = np.zeros((count, 12))
    for k in range(count):
        rng = np.random.default_rng(first + k)
        out[k, 0] = rng.random()
        out[k, 1] = rng.standard_normal()
        out[k, 2] = rng.normal(2.0, 3.0)
        out[k, 3] = rng.integers(0, 10)
        out[k, 4] = rng.integers(-1000000, 1000000)
        out[k, 5] = rng.integers(0, 1 << 40)
        out[k, 6] = rng.uniform(-1.0, 1.0)
        out[k, 7] = rng.exponential(0.5)
        out[k, 8] = rng.choice(1000)
        out[k, 9] = np.sum(rng.standard_normal(64))
        out[k, 10] = np.sum(rng.permutation(20)[:5] * np.arange(5))
        out[k, 11] = rng.integers(5)
    return out


def uniform_draws(seed, n):
    rng = np.random.default_rng(seed)
    a = rng.random(n)
    b = rng.uniform(-2.0, 3.0, n)
    c = rng.random((n,))
    return a, b, c, rng.random(), rng.uniform(), rng.uniform(5.0, 5.0)


def gaussian_draws(seed, n):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal(n)
    b = rng.standard_normal()
    c = rng.normal(1.5, 0.25, n)
    d = rng.normal(-3.0, 2.0)
    return a, b, c, d, rng.normal(), rng.normal(1.0, 0.0)


def exponential_draws(seed, n):
    rng = np.random.default_rng(seed)
    a = rng.exponential(2.0, n)
    b = rng.standard_exponential(n)
    return a, b, rng.exponential(), rng.standard_exponential(), rng.exponential(0.0)


def integer_draws(seed, low, high, n):
    rng = np.random.default_rng(seed)
    a = rng.integers(low, high, n)
    b = rng.integers(low, high)
    c = rng.integers(high - low, size=(2, 3))
    d = rng.integers(low, high, n, endpoint=True)
    return a, b, c, d, rng.integers(high - low), rng.integers(low, high, endpoint=True)


def full_ranges(seed):
    """The ranges of exactly 2**32 and 2**64 values (a bare 32-bit draw, a bare 64-bit draw)."""
    rng = np.random.default_rng(seed)
    smallest = -9223372036854775807 - 1
    a = rng.integers(smallest, 9223372036854775807, 5, endpoint=True)
    b = rng.integers(0, 4294967295, 5, endpoint=True)
    c = rng.integers(smallest, 9223372036854775807, 5)
    return a, b, c, rng.integers(smallest, 9223372036854775807, endpoint=True)


def interleaved(seed, n):
    """32-bit draws keep the other half of a 64-bit word for the next one, across calls."""
    rng = np.random.default_rng(seed)
    out = np.zeros(n)
    for i in range(n):
        out[i] = rng.integers(0, 100) + rng.random() + rng.integers(0, 1 << 33) + rng.standard_normal()
    return out, rng.integers(0, 3, 3)


def matrix_draws(seed, rows, cols):
    rng = np.random.default_rng(seed)
    a = rng.random((rows, cols))
    b = rng.standard_normal((rows, cols))
    c = rng.normal(0.0, 2.0, (cols, rows))
    d = rng.integers(0, 5, (rows, cols))
    e = rng.uniform(1.0, 2.0, (rows, cols))
    return a, b, c, d, e


def shuffles(seed, n):
    rng = np.random.default_rng(seed)
    a = np.arange(n * 1.0)
    rng.shuffle(a)
    m = np.arange(n * 3).reshape(n, 3)
    rng.shuffle(m)
    big = np.arange(n * 1.0) * 2.0
    hollow = rng.permutation(np.zeros((n, 0)))  # NumPy draws for the rows even when they are empty
    p = rng.permutation(big)
    return a, m, rng.permutation(n), p, rng.permutation(m), hollow.shape[0], rng.random()


def choices(seed, population, k):
    rng = np.random.default_rng(seed)
    a = rng.choice(population, k)
    b = rng.choice(population, k, replace=False)
    c = rng.choice(population, k, replace=False, shuffle=False)
    values = np.linspace(0.0, 1.0, population)
    d = rng.choice(values, k)
    e = rng.choice(values, (2, 2), replace=False)
    return a, b, c, d, e, rng.choice(values), rng.choice(population), rng.choice(population, replace=False)


def empty_draws(seed):
    rng = np.random.default_rng(seed)
    a = rng.random(0)
    b = rng.integers(5, 3, size=0)  # no bounds check for an empty draw, as in NumPy
    c = rng.choice(0, 0)
    d = rng.permutation(0)
    e = np.zeros((0, 3))
    rng.shuffle(e)
    return a, b, c, d, rng.random()


def bad_seed(seed):
    rng = np.random.default_rng(seed)
    return rng.random()


def bad_integers(low, high, endpoint):
    rng = np.random.default_rng(0)
    return rng.integers(low, high, endpoint=endpoint)


def bad_scale(scale):
    rng = np.random.default_rng(0)
    return rng.normal(0.0, scale)


def bad_uniform(low, high):
    rng = np.random.default_rng(0)
    return rng.uniform(low, high)


def bad_choice(population, k, replace):
    rng = np.random.default_rng(0)
    return rng.choice(population, k, replace=replace)


def bad_size(n):
    rng = np.random.default_rng(0)
    return rng.standard_normal(n)
