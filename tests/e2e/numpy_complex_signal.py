"""Complex arrays and numpy.fft in use: a spectral low-pass filter, a direct DFT checked against np.fft.fft,
complex64 matrices with products and vdot, in-place element updates; the import styles of numpy.fft."""
import numpy as np
from numpy.fft import fft, ifft, fftfreq
import numpy.fft as nf


def lowpass(x: np.ndarray, cutoff: float) -> np.ndarray:
    X = fft(x)
    f = fftfreq(len(x))
    X[np.abs(f) > cutoff] = 0
    return ifft(X).real


def dft(x):
    n = len(x)
    k = np.arange(n)
    out = np.zeros(n, dtype=complex)
    for j in range(n):
        out[j] = np.sum(x * np.exp(-2j * np.pi * j * k / n))
    return out


t = np.linspace(0.0, 1.0, 64)
x = np.sin(2 * np.pi * 3 * t) + 0.3 * np.sin(2 * np.pi * 20 * t)
y = lowpass(x, 0.1)
print(np.round(y[:8], 6) + 0.0)
d = dft(x[:16])
print(np.round(np.abs(d - nf.fft(x[:16])).max(), 9) + 0.0)
z = np.zeros((2, 3), dtype=np.complex64)
z[0, :] = 1 + 1j
z[1] = np.array([1j, 2j, 3j])
print(z, z.T @ z, np.vdot(z, z))
w = z.astype(np.complex128) / 3
print(w, w.sum(axis=0))
q = np.array([1, 2, 3]) + 0j
q[1] += 2j
print(q, q * q.conj(), (q * q.conj()).real)
