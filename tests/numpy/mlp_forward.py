"""A two-layer neural network (tanh hidden layer, softmax output) for classification:
the forward pass with bias rows broadcast over the batch, the mean cross-entropy loss,
back-propagated gradients, and a few steps of plain gradient descent."""
#setup: import numpy as np; np.random.seed(29); X = np.random.randn(128, 4); y = np.random.randint(0, 3, 128)
#setup: W1 = 0.5 * np.random.randn(4, 16); b1 = np.zeros(16); W2 = 0.5 * np.random.randn(16, 3); b2 = np.zeros(3)
#setup: x1 = X[:1].copy(); y1 = y[:1].copy()
#run: forward(X, W1, b1, W2, b2)
#run: loss_grads(X, y, W1, b1, W2, b2)
#run: loss_grads(x1, y1, W1, b1, W2, b2)
#run: train(X, y, W1, b1, W2, b2, 0.1, 50)
import numpy as np


def forward(X, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    logits = H @ W2 + b2
    logits = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(logits)
    P = e / np.sum(e, axis=1, keepdims=True)
    return H, P


def one_hot(y, k):
    Y = np.zeros((len(y), k))
    for i in range(len(y)):
        Y[i, y[i]] = 1.0
    return Y


def loss_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    H, P = forward(X, W1, b1, W2, b2)
    Y = one_hot(y, W2.shape[1])
    loss = -np.sum(Y * np.log(P + 1e-300)) / n
    dlogits = (P - Y) / n
    dW2 = H.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dH = dlogits @ W2.T
    dZ = dH * (1.0 - H ** 2)
    dW1 = np.dot(X.T, dZ)
    db1 = np.sum(dZ, axis=0)
    return loss, dW1, db1, dW2, db2


def train(X, y, W1, b1, W2, b2, lr, steps):
    W1 = W1.copy()
    b1 = b1.copy()
    W2 = W2.copy()
    b2 = b2.copy()
    losses = np.zeros(steps)
    for s in range(steps):
        loss, dW1, db1, dW2, db2 = loss_grads(X, y, W1, b1, W2, b2)
        W1 -= lr * dW1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
        losses[s] = loss
    H, P = forward(X, W1, b1, W2, b2)
    acc = np.mean(np.argmax(P, axis=1) == y)
    return losses, acc
