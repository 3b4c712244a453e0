# A 2-D convolution with slices, mean/std/percentile, boolean masks, np.unique with counts, interp,
# trapz, cumsum, a seeded Generator, allclose of a product with its inverse, stack and argsort.
import numpy as np

def conv2d(img, k):
    H, W = img.shape
    kh, kw = k.shape
    out = np.zeros((H - kh + 1, W - kw + 1))
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(img[i:i + kh, j:j + kw] * k)
    return out

img = np.arange(36, dtype=np.float64).reshape(6, 6)
k = np.array([[1, 0, -1], [2, 0, -2], [1, 0, -1]], dtype=float)
r = conv2d(img, k)
print(r)
print(r.mean(), r.std(), np.percentile(r, 50))
mask = r < -5
print(mask.sum(), r[mask][:3])
vals, counts = np.unique(np.round(r), return_counts=True)
print(vals, counts)
x = np.linspace(0, 1, 5)
print(np.interp(0.33, x, x ** 2), np.trapz(x ** 2, x), np.cumsum(x))
A = np.random.default_rng(0).random((3, 3))
print(np.allclose(A @ np.linalg.inv(A), np.eye(3)))
t = np.stack([x, x ** 2], axis=1)
print(t.shape, t[:, 1].max(), np.argsort(-t[:, 1]))
