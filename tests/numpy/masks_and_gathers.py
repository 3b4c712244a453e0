"""Advanced indexing as data-cleaning code uses it: boolean masks to select and to overwrite
outliers, integer index arrays to gather samples and to scatter corrections."""
#setup: import numpy as np; np.random.seed(5); x = np.random.randn(1000); M = np.random.rand(30, 4)
#setup: idx = np.array([3, 0, 999, -1, 3], dtype=np.int64); rows = np.array([2, 2, 29, 0], dtype=np.int64)
#run: clip_outliers(x, 2.0)
#run: positive_mean(x)
#run: gather(x, idx)
#run: gather_rows(M, rows)
#run: scatter(x, idx, 7.5)
#run: large_entries(M, 0.9)
import numpy as np


def clip_outliers(x, k):
    """Replaces values more than k standard deviations from the mean by the mean."""
    y = x.copy()
    mu = y.mean()
    sd = y.std()
    outlier = np.abs(y - mu) > k * sd
    y[outlier] = mu
    return y, np.count_nonzero(outlier)


def positive_mean(x):
    return x[x > 0].mean(), len(x[x <= 0])


def gather(x, idx):
    return x[idx]


def gather_rows(M, rows):
    picked = M[rows]
    return picked, picked.sum(axis=1)


def scatter(x, idx, value):
    y = np.zeros_like(x)
    y[idx] = value
    y[idx[:2]] = x[idx[:2]]
    return y


def large_entries(M, threshold):
    return M[M > threshold]
