# Pairwise distances over itertools.combinations with a chained store, lru_cache'd recursion,
# k-means with NumPy broadcasting and boolean masks, and a dict comprehension of the results.
import numpy as np
import itertools
import functools

def pairwise_dist(X):
    n = X.shape[0]
    D = np.zeros((n, n))
    for i, j in itertools.combinations(range(n), 2):
        d = np.sqrt(np.sum((X[i] - X[j]) ** 2))
        D[i, j] = D[j, i] = d
    return D

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def kmeans(X, k, iters=10, seed=1):
    rng = np.random.default_rng(seed)
    centers = X[rng.choice(X.shape[0], size=k, replace=False)]
    labels = np.zeros(X.shape[0], dtype=int)
    for _ in range(iters):
        dists = np.linalg.norm(X[:, None, :] - centers[None, :, :], axis=2)
        labels = np.argmin(dists, axis=1)
        for c in range(k):
            members = X[labels == c]
            if len(members) > 0:
                centers[c] = members.mean(axis=0)
    return centers, labels

X = np.array([[0.0, 0.0], [0.1, 0.2], [5.0, 5.0], [5.2, 4.9], [0.2, 0.1], [4.8, 5.1]])
print(np.round(pairwise_dist(X[:3]), 4))
print([fib(i) for i in range(15)])
centers, labels = kmeans(X, 2)
print(np.round(np.sort(centers, axis=0), 4), np.bincount(labels))
scores = {f"c{c}": float(np.mean(X[labels == c][:, 0])) for c in range(2)}
for name, s in sorted(scores.items(), key=lambda kv: kv[1]):
    print(f"{name}: {s:8.3f}")
