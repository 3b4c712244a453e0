"""Binary logistic regression trained by batch gradient descent: a tanh-based
sigmoid, the mean cross-entropy loss with clipped probabilities and its gradient, a
numerically stable loss written with log1p, and accuracy of the fitted model."""
#setup: import numpy as np; np.random.seed(4); m = 500; d = 5; X = np.random.randn(m, d)
#setup: w_true = np.array([1.5, -2.0, 0.5, 0.0, 1.0]); y = (X @ w_true + 0.3 * np.random.randn(m) > 0).astype(np.float64)
#setup: w0 = np.zeros(d); w1 = np.array([0.5, -1.0, 2.0, 0.1, 0.0])
#run: loss_and_grad(w0, 0.0, X, y)
#run: train(X, y, 0.5, 200)
#run: stable_loss(w1, -0.25, X, y)
#run: accuracy(w_true, 0.0, X, y)
#run: sigmoid(0.3)
import numpy as np


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def loss_and_grad(w, b, X, y):
    m = X.shape[0]
    p = sigmoid(X @ w + b)
    p = np.clip(p, 1e-12, 1.0 - 1e-12)
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    r = p - y
    gw = X.T @ r / m
    gb = np.sum(r) / m
    return loss, gw, gb


def train(X, y, lr, nsteps):
    w = np.zeros(X.shape[1])
    b = 0.0
    loss = 0.0
    for step in range(nsteps):
        loss, gw, gb = loss_and_grad(w, b, X, y)
        w = w - lr * gw
        b -= lr * gb
    return w, b, loss


def stable_loss(w, b, X, y):
    """mean log(1 + exp(-s z)) with s = +-1, without overflow for large |z|."""
    z = np.dot(X, w) + b
    t = (2.0 * y - 1.0) * z
    return np.mean(np.log1p(np.exp(-np.abs(t))) + np.maximum(-t, 0.0))


def accuracy(w, b, X, y):
    pred = np.where(sigmoid(X @ w + b) >= 0.5, 1.0, 0.0)
    return np.mean(pred == y)
