"""Numerically stable softmax and log-sum-exp for vectors and row-wise for matrices
(shifting by the maximum), log-softmax, softplus, and the mean cross-entropy of
integer class labels."""
#setup: import numpy as np; np.random.seed(5); z = np.random.randn(200, 10) * 20.0; v = np.random.randn(50) * 100.0
#setup: one = np.array([3.0]); labels = np.random.randint(0, 10, 200)
#run: softmax(v)
#run: softmax(one)
#run: logsumexp(v)
#run: logsumexp(one)
#run: softmax_rows(z)
#run: log_softmax_rows(z)
#run: cross_entropy(z, labels)
#run: softplus(v)
import numpy as np


def softmax(x):
    e = np.exp(x - np.max(x))
    return e / e.sum()


def logsumexp(x):
    m = x.max()
    return m + np.log(np.sum(np.exp(x - m)))


def softmax_rows(z):
    m = np.max(z, axis=1, keepdims=True)
    e = np.exp(z - m)
    return e / e.sum(axis=1, keepdims=True)


def log_softmax_rows(z):
    m = z.max(axis=1)
    lse = m + np.log(np.exp(z - m[:, np.newaxis]).sum(axis=1))
    return z - lse[:, np.newaxis]


def cross_entropy(z, labels):
    logp = log_softmax_rows(z)
    n = z.shape[0]
    total = 0.0
    for i in range(n):
        total -= logp[i, labels[i]]
    return total / n


def softplus(x):
    """log(1 + exp(x)) computed without overflow."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))
