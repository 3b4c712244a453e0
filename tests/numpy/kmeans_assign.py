"""Lloyd's k-means on 2-D points: squared distances to each centre with row
broadcasting, the assignment step (argmin), the centre update by accumulating sums
and integer counts, the full iteration until no label changes, and a deterministic farthest-point
choice of initial centres."""
#setup: import numpy as np; np.random.seed(8)
#setup: X = np.vstack([np.random.randn(100, 2), np.random.randn(100, 2) + np.array([5.0, 5.0]), np.random.randn(100, 2) + np.array([0.0, 6.0])])
#setup: C0 = X[[0, 100, 200]].copy(); labels0 = np.arange(300) // 100; X1 = X[:1].copy(); C1 = X[:1].copy()
#run: assign(X, C0)
#run: update_centers(X, labels0, C0)
#run: kmeans(X, C0, 20)
#run: kmeans(X1, C1, 5)
#run: farthest_point_init(X, 3)
#run: farthest_point_init(X1, 1)
import numpy as np


def sq_distances(X, C):
    k = C.shape[0]
    D = np.empty((X.shape[0], k))
    for j in range(k):
        D[:, j] = np.sum((X - C[j]) ** 2, axis=1)
    return D


def assign(X, C):
    D = sq_distances(X, C)
    labels = np.argmin(D, axis=1)
    inertia = np.sum(np.min(D, axis=1))
    return labels, inertia


def update_centers(X, labels, C_old):
    k, d = C_old.shape
    sums = np.zeros((k, d))
    counts = np.zeros(k, dtype=np.int64)
    for i in range(X.shape[0]):
        j = labels[i]
        sums[j, :] += X[i, :]
        counts[j] += 1
    C = C_old.copy()
    for j in range(k):
        if counts[j] > 0:
            C[j, :] = sums[j, :] / counts[j]
    return C, counts


def kmeans(X, C0, maxiter):
    C = C0.copy()
    labels, inertia = assign(X, C)
    n_iter = 0
    for it in range(maxiter):
        C, counts = update_centers(X, labels, C)
        new_labels, inertia = assign(X, C)
        n_iter += 1
        changed = np.sum(new_labels != labels)
        labels = new_labels
        if changed == 0:
            break
    return C, labels, inertia, n_iter


def farthest_point_init(X, k):
    """Start at the point closest to the mean, then repeatedly take the point farthest from all chosen centres."""
    n = X.shape[0]
    chosen = np.zeros(k, dtype=np.int64)
    chosen[0] = np.argmin(np.sum((X - X.mean(axis=0)) ** 2, axis=1))
    dmin = np.sum((X - X[chosen[0], :]) ** 2, axis=1)
    for j in range(1, k):
        chosen[j] = np.argmax(dmin)
        d = np.sum((X - X[chosen[j], :]) ** 2, axis=1)
        dmin = np.minimum(dmin, d)
    C = np.empty((k, X.shape[1]))
    for j in range(k):
        C[j, :] = X[chosen[j], :]
    return C, chosen, np.sqrt(dmin.max())
