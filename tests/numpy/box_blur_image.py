"""Image filters on a 2-D grey-level array: a 3x3 box blur from nine shifted slices of
the interior, a (2r+1)^2 box blur with explicit pixel loops and clipped windows, Sobel
gradient magnitude and orientation, and 2x2 block down-sampling with strided slices."""
#setup: import numpy as np; np.random.seed(21); img = np.random.rand(120, 160); small = np.random.rand(30, 40); tiny = np.ones((3, 3))
#setup: odd = np.arange(35.0).reshape(5, 7)
#run: box_blur3(img)
#run: box_blur3(tiny)
#run: box_blur_loop(small, 2)
#run: sobel(img)
#run: downsample2(img)
#run: downsample2(odd)
import numpy as np


def box_blur3(img):
    out = img.copy()
    out[1:-1, 1:-1] = (img[:-2, :-2] + img[:-2, 1:-1] + img[:-2, 2:]
                       + img[1:-1, :-2] + img[1:-1, 1:-1] + img[1:-1, 2:]
                       + img[2:, :-2] + img[2:, 1:-1] + img[2:, 2:]) / 9.0
    return out


def box_blur_loop(img, r):
    h, w = img.shape
    out = np.zeros_like(img)
    for i in range(h):
        i0 = max(i - r, 0)
        i1 = min(i + r + 1, h)
        for j in range(w):
            j0 = max(j - r, 0)
            j1 = min(j + r + 1, w)
            out[i, j] = img[i0:i1, j0:j1].mean()
    return out


def sobel(img):
    gx = (img[:-2, 2:] + 2 * img[1:-1, 2:] + img[2:, 2:]) - (img[:-2, :-2] + 2 * img[1:-1, :-2] + img[2:, :-2])
    gy = (img[2:, :-2] + 2 * img[2:, 1:-1] + img[2:, 2:]) - (img[:-2, :-2] + 2 * img[:-2, 1:-1] + img[:-2, 2:])
    mag = np.sqrt(gx ** 2 + gy ** 2)
    angle = np.arctan2(gy, gx)
    return mag, angle, mag.max()


def downsample2(img):
    h = img.shape[0] // 2 * 2
    w = img.shape[1] // 2 * 2
    a = img[:h, :w]
    return 0.25 * (a[::2, ::2] + a[1::2, ::2] + a[::2, 1::2] + a[1::2, 1::2])
