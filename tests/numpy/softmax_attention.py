"""A deep-learning-style forward pass on rank-3 float32 tensors: a batched projection written as a
loop of matrix products, scaled scores, a numerically stable softmax along the last axis
(max/sum with keepdims), ReLU, and layer normalisation over the feature axis."""
#setup: import numpy as np; np.random.seed(11); x = np.random.randn(4, 6, 8).astype(np.float32); w = np.random.randn(8, 8).astype(np.float32)
#run: attention(x, w)
#run: layer_norm(x)
# float32 exp is within an ulp or two of NumPy's own SIMD float32 exp, which differs between CPUs
# too; the scores and products amplify that to ~1e-5 relative in small outputs.
#tolerance: rtol=1e-4 atol=1e-6
import numpy as np


def softmax(s):
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def attention(x, w):
    b, n, d = x.shape
    out = np.zeros((b, n, d), dtype=np.float32)
    for i in range(b):
        q = x[i] @ w
        scores = (q @ x[i].T) * (1.0 / np.sqrt(d))
        out[i] = softmax(scores) @ x[i]
    return np.maximum(out, 0.0)


def layer_norm(x):
    mu = x.mean(axis=2, keepdims=True)
    var = x.var(axis=2, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-5)
