"""Reductions over several axes at once (axis=(0, 2), negative axes, keepdims) at ranks 2-4, on
contiguous, transposed and strided arrays (bit-identical sums need NumPy's iteration order), any/all/
count_nonzero along axes, and NumPy's errors for repeated and out-of-range axes."""
import numpy as np

def main():
    a = ((np.arange(120.0).reshape(2, 3, 4, 5) * 3.37) % 2.3 - 1.1)
    print(np.sum(a, axis=(0, 2)))
    print(a.sum(axis=(1, 3)), a.sum(axis=(3, 1)))
    print(a.mean(axis=(0, 1, 2)), np.mean(a, axis=(-1, -2), keepdims=True).shape)
    print(a.sum(axis=(0, 1, 2, 3)), np.max(a, axis=(0, 3)), np.min(a, axis=(1, 2), keepdims=True))
    print(np.var(a, axis=(0, 2)), np.std(a, axis=(1, 2), ddof=1))
    print(np.prod(a, axis=(0, 1)))
    m = ((np.arange(20.0).reshape(4, 5) * 3.37) % 2.3 - 1.1)
    print(m.sum(axis=(0, 1)), m.sum(axis=(1,)), np.sum(m, axis=(0,), keepdims=True))
    i = np.arange(24).reshape(2, 3, 4)
    print(i > 5, np.any(i > 20, axis=2), np.all(i > 0, axis=0), np.count_nonzero(i > 3, axis=1))
    print(np.any(i > 20, axis=(0, 1)), np.count_nonzero(i % 3 == 0, axis=(0, 2)))
    print(i.sum(axis=(0, 1, 2)), i.max(axis=(2, 0)))
    big = ((np.arange(2 * 90 * 100.0) * 0.731) % 1.7 - 0.8).reshape(2, 90, 100)
    print(big.sum(axis=(1, 2)), big.sum(axis=(0, 1))[:4], big.sum(axis=(0, 2))[:4])
    t = big.transpose()
    print(t.sum(axis=(0, 1)), t.sum(axis=(1, 2))[:3], t.sum(axis=(0, 2))[:3])
    s = big[:, ::3, 1::2]
    print(s.sum(), s.sum(axis=(0, 2))[:3], s.sum(axis=1)[1, :3], s.var(axis=(0, 1))[:3])
    try:
        print(np.sum(a, axis=(0, 0)))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(np.sum(a, axis=(0, 7)))
    except ValueError as e:
        print("ValueError", e)

main()
