"""Rank-3 arrays: printing as NumPy prints them, whole-array and per-axis reductions (sum, mean,
max, argmax, argmin, var, std, cumsum, prod, keepdims) on C-ordered, strided and transposed arrays,
and sums large enough for NumPy's pairwise, chunked summation order to show in the last digits."""
import numpy as np

def main():
    a = (np.arange(60.0).reshape(3, 4, 5) * 3.37) % 2.3 - 1.1
    print(a)
    print(a.sum(), a.mean(), a.max(), a.min(), a.std(), a.var())
    for ax in range(3):
        print(ax, np.sum(a, axis=ax))
        print(np.mean(a, axis=ax))
        print(np.max(a, axis=ax), np.argmax(a, axis=ax))
        print(np.argmin(a, axis=ax))
        print(np.var(a, axis=ax), np.std(a, axis=ax, ddof=1))
        print(np.cumsum(a, axis=ax)[1])
        print(np.prod(a, axis=ax))
        print(np.sum(a, axis=ax, keepdims=True).shape)
    print(np.sum(a, axis=-1))
    b = a[:, ::2, 1:]
    print(b.sum(), b.sum(axis=1), b.mean(axis=2))
    t = a.transpose()
    print(t.sum(axis=0), t.var(axis=1))
    big = ((np.arange(24000.0) * 0.731) % 1.7 - 0.8).reshape(20, 30, 40)
    print(big.sum(), big.sum(axis=0)[3, 4], big.sum(axis=2)[5, 6], big.sum(axis=1)[7, 8])
    print(big.mean(axis=2)[1], big.var(axis=0)[2, 2])
    print(big)
    i = np.arange(24).reshape(2, 3, 4)
    print(i, i.sum(axis=1), i.cumprod(axis=2))
    print(repr(i), repr(a[:1]))

main()
