"""Column-wise standardisation of a data matrix (z-scores), min-max scaling into a
given interval, and re-applying stored statistics to new rows; constant columns are
left unscaled instead of dividing by zero."""
#setup: import numpy as np; np.random.seed(6); X = np.random.randn(300, 8) * np.arange(1, 9) + np.linspace(-5, 5, 8)
#setup: row = np.random.randn(1, 4); Xc = np.hstack([np.random.rand(50, 2), np.full((50, 1), 7.0)])
#setup: Xnew = np.random.randn(10, 8); mu_X = X.mean(axis=0); sd_X = X.std(axis=0)
#run: zscore(X)
#run: zscore(row)
#run: zscore(Xc)
#run: minmax_scale(X, 0.0, 1.0)
#run: minmax_scale(Xc, -1.0, 1.0)
#run: apply_scaling(Xnew, mu_X, sd_X)
import numpy as np


def zscore(X):
    mu = X.mean(axis=0)
    sd = np.std(X, axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    Z = (X - mu) / sd
    return Z, mu, sd


def minmax_scale(X, lo=0.0, hi=1.0):
    xmin = np.min(X, axis=0)
    rng = X.max(axis=0) - xmin
    rng = np.where(rng > 0.0, rng, 1.0)
    return lo + (hi - lo) * (X - xmin) / rng


def apply_scaling(Xnew, mu, sd):
    out = np.empty(Xnew.shape)
    m, n = Xnew.shape
    for i in range(m):
        out[i, :] = (Xnew[i, :] - mu) / sd
    return out
