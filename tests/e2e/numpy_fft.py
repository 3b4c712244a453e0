"""numpy.fft on Eigen's FFT: fft/ifft (n= cuts or zero-pads, axis=), rfft/irfft, fft2/ifft2, fftfreq,
rfftfreq, fftshift/ifftshift; complex128 results from real, complex and float32 input. Values are
printed rounded (pocketfft and KissFFT agree to rounding, not bit for bit); `+ 0.0` turns the
-0.0 of a rounded tiny negative into 0.0."""
import numpy as np


def show(z):
    print(np.round(z.real, 9) + 0.0, np.round(z.imag, 9) + 0.0)


def one_dimensional():
    x = np.array([1.0, 2.0, 0.5, -1.0, 3.0, 0.25, -2.0, 1.5])
    X = np.fft.fft(x)
    show(X)
    show(np.fft.ifft(X))
    show(np.fft.fft(x, n=5))
    show(np.fft.fft(x, 12))
    show(np.fft.ifft(x, n=3))
    for n in [1, 2, 3, 5, 7, 11, 16, 30, 97]:
        t = np.arange(n) * 0.37
        z = np.cos(t) + 1j * np.sin(2.0 * t) - 0.5
        Z = np.fft.fft(z)
        back = np.fft.ifft(Z)
        print(n, np.round(np.abs(Z).sum(), 8), np.round(np.abs(back - z).max(), 9) + 0.0)
    R = np.fft.rfft(x)
    show(R)
    print(np.round(np.fft.irfft(R), 9) + 0.0)
    print(np.round(np.fft.irfft(R, n=7), 9) + 0.0)
    show(np.fft.rfft(x, n=5))
    print(np.round(np.fft.irfft(np.array([1.0 + 1j, 2 - 1j, 0.5j])), 9) + 0.0)
    f32 = np.array([1.0, -1.0, 2.0, 0.0], dtype=np.float32)
    show(np.fft.fft(f32))
    show(np.fft.fft(np.array([1 + 1j, 2, 3j], dtype=np.complex64)))
    show(np.fft.fft(np.arange(6)))


def frequencies():
    print(np.fft.fftfreq(8), np.fft.fftfreq(7, d=0.1), np.fft.rfftfreq(8), np.fft.rfftfreq(9, 0.5))
    print(np.fft.fftshift(np.fft.fftfreq(6)), np.fft.ifftshift(np.fft.fftshift(np.arange(7))))
    m = np.arange(12.0).reshape((3, 4))
    print(np.fft.fftshift(m), np.fft.ifftshift(m), sep="\n")


def two_dimensional():
    m = np.array([[1.0, 2.0, 0.0, -1.0], [0.5, -0.5, 3.0, 1.0], [2.0, 1.0, -1.0, 0.25]])
    show(np.fft.fft(m))
    show(np.fft.fft(m, axis=0))
    show(np.fft.fft(m, n=6, axis=-1))
    F = np.fft.fft2(m)
    show(F)
    show(np.fft.ifft2(F))
    show(np.fft.rfft(m))
    print(np.round(np.fft.irfft(np.fft.rfft(m), n=4), 9) + 0.0)


def signal():
    # A sampled signal of two tones: the strongest rfft bins are their frequencies.
    fs = 64.0
    t = np.arange(128) / fs
    s = np.sin(2 * np.pi * 5.0 * t) + 0.5 * np.sin(2 * np.pi * 12.0 * t)
    spectrum = np.abs(np.fft.rfft(s))
    freqs = np.fft.rfftfreq(128, 1 / fs)
    order = np.argsort(spectrum)
    print(freqs[order[-1]], freqs[order[-2]], np.round(spectrum[order[-1]], 6), np.round(spectrum[order[-2]], 6))
    # Convolution through the spectrum equals the direct one.
    a = np.array([1.0, 2.0, 3.0, 0.0, 0.0])
    b = np.array([0.5, -1.0, 0.0, 0.0, 0.0])
    print(np.round(np.fft.irfft(np.fft.rfft(a) * np.fft.rfft(b), n=5), 9) + 0.0, np.convolve(a[:3], b[:2]))


one_dimensional()
frequencies()
two_dimensional()
signal()
