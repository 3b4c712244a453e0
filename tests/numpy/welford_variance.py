"""Running mean and variance with Welford's one-pass update, compared with the two-pass
formula and numpy's var; the column-wise version over the rows of a matrix; and
Chan et al.'s formula merging the statistics of two batches."""
#setup: import numpy as np; np.random.seed(24); x = 1000.0 + np.random.randn(10000); one = np.array([4.2]); X = np.random.randn(500, 4) * np.array([1.0, 2.0, 0.5, 3.0])
#setup: xa = x[:3000].copy(); xb = x[3000:].copy()
#run: welford(x)
#run: welford(one)
#run: two_pass_variance(x)
#run: welford_columns(X)
#run: merge_stats(3000, 1000.01, 2950.0, 7000, 999.98, 7011.5)
#run: merge_check(xa, xb)
import numpy as np


def welford(x):
    n = 0
    mean = 0.0
    M2 = 0.0
    for i in range(len(x)):
        n += 1
        delta = x[i] - mean
        mean += delta / n
        M2 += delta * (x[i] - mean)
    var_pop = M2 / n
    var_sample = M2 / (n - 1) if n > 1 else 0.0
    return mean, var_pop, var_sample


def two_pass_variance(x):
    n = x.size
    m = np.sum(x) / n
    v = np.sum((x - m) ** 2) / n
    return m, v, np.var(x), x.std()


def welford_columns(X):
    n_rows, n_cols = X.shape
    mean = np.zeros(n_cols)
    M2 = np.zeros(n_cols)
    for i in range(n_rows):
        delta = X[i, :] - mean
        mean += delta / (i + 1)
        M2 += delta * (X[i, :] - mean)
    return mean, M2 / (n_rows - 1), np.var(X, axis=0, ddof=1)


def merge_stats(n_a, mean_a, m2_a, n_b, mean_b, m2_b):
    n = n_a + n_b
    delta = mean_b - mean_a
    mean = mean_a + delta * n_b / n
    m2 = m2_a + m2_b + delta ** 2 * n_a * n_b / n
    return n, mean, m2


def merge_check(xa, xb):
    ma, va, sa = welford(xa)
    mb, vb, sb = welford(xb)
    n, mean, m2 = merge_stats(len(xa), ma, va * len(xa), len(xb), mb, vb * len(xb))
    allx = np.concatenate((xa, xb))
    return mean, m2 / n, allx.mean(), allx.var()
