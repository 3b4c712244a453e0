"""Arrays of complex numbers (complex128 and complex64): creation, NumPy's promotion with ints,
floats and Python complex scalars, element-wise arithmetic with broadcasting, in-place operators,
== and !=, .real/.imag (views), np.real/imag/conj/abs/angle, the complex ufuncs (exp, log, sqrt,
sin, cos), reductions, products, indexing, slicing and stores, and NumPy's printing of them."""
import numpy as np


def creation():
    a = np.array([1 + 2j, 3j])
    print(a, a.shape)
    z = np.zeros(3, dtype=complex)
    o = np.ones((2, 2), dtype=np.complex128)
    e = np.empty(2, dtype=np.complex64)
    e[0] = 1.5 - 2j
    e[1] = 3
    f = np.full(3, 2 - 1j)
    g = np.full((2, 2), 1.5, dtype=complex)
    print(z, o, e, f, g, sep="\n")
    print(repr(a), repr(np.array([[1, -2 + 1.5j]])))
    print(np.array([[1.0 + 0j, 2], [3j, -4.25 - 1e-3j]]))
    theta = np.linspace(0.0, np.pi, 5)
    w = np.exp(1j * theta)
    print(w)
    print(np.round(w, 3), w.round(1), np.around(w * 1.2345, 2))
    x = np.arange(4.0)
    print(x * 1j, x + 1j * x[::-1])
    print(np.array([1e10 + 1j, 1e-5j]), np.array([np.inf + 0j, complex(0, np.nan)]))
    print(np.zeros_like(a), np.ones_like(a), np.array(a), a.copy())


def promotion():
    f32 = np.ones(2, dtype=np.float32)
    i32 = np.arange(2, dtype=np.int32)
    c64 = np.array([1 + 1j, 2], dtype=np.complex64)
    f64 = np.array([0.5, 0.25])
    # complex64 results print float32's digits: 1/3 is 0.33333334, complex128's 0.33333333
    print(f32 * 1j / 3, (i32 + 1) * 1j / 3, (f64 + 2j) / 3, c64 * 2.5 / 3, c64 * 1j / 3)
    print((c64 + f64) / 3, (c64 + f32) / 3, (c64 + i32) / 3, (c64 + np.ones(2, dtype=complex)) / 3)
    print(c64 + f32, c64 * f64, i32 - 1j, f32 / (1 + 1j))
    print(np.ones(2, dtype=complex).astype(np.float64), c64.astype(complex), f64.astype(np.complex64))


def arithmetic():
    a = np.array([1 + 2j, -3 + 0.5j, 4j])
    b = np.array([2 - 1j, 1j, -1.5 + 0j])
    print(a + b, a - b, a * b, a / b, -a, sep="\n")
    print(a ** 2, a ** 3, a ** -1, a ** 0.5, a ** b, 2.0 ** a, sep="\n")
    print(a == b, a != b, a == a.copy(), a == 4j, a != 1 + 2j)
    m = np.array([[1 + 1j, 2], [3 + 0j, 4 - 4j]])
    col = np.array([[1j], [2.0 + 0j]])
    print(m * col, m + np.array([10, 20]), m / 2, sep="\n")
    c = a.copy()
    c += b
    c *= 2j
    c -= 1
    c /= 1 - 1j
    print(c)
    r = np.array([1.0, 2.0, 3.0])
    r2 = r * (1 + 1j)
    r2 **= 2
    print(r2)
    print(np.add(a, b), np.multiply(a, 2), np.divide(a, b), np.power(a, 2), np.negative(a), np.square(b))


def parts():
    a = np.array([1 + 2j, -3 - 0.5j, 4j, 2])
    print(a.real, a.imag, np.real(a), np.imag(a), a.conj(), np.conj(a), np.conjugate(a))
    print(np.abs(a), abs(a), np.absolute(np.array([3 + 4j])), np.angle(a), np.angle(a, deg=True))
    v = a.real
    a[0] = 10 + 20j
    print(v)
    re = np.real(np.array([1.5, 2.5]))
    print(re, np.imag(np.array([1.5, 2.5])), np.angle(np.array([-1.0, 2.0])))
    h = np.array([3 + 4j], dtype=np.complex64)
    print(np.abs(h) / 3, h.real / 3, np.angle(h))
    # .real and .imag are views: stores through them, and through a variable holding one, write into c.
    c = np.array([1 + 1j, 2 - 2j, 3j])
    c.real[0] = 7.0
    c.imag[1:] = 0.5
    im = c.imag
    im *= 2
    print(c, im)
    print(np.conj(2.5), np.real(1 + 2j), np.imag(3 - 4j), np.angle(-1j), np.abs(3 + 4j))


def functions():
    z = np.array([1 + 1j, -2 + 0.5j, 0.25 - 3j, -1 + 0j])
    print(np.exp(z), np.log(z), np.sqrt(z), np.sin(z), np.cos(z), sep="\n")
    print(np.tan(z), np.sinh(z), np.cosh(z), np.tanh(z), sep="\n")
    print(np.exp(1j * np.pi), np.sqrt(-1 + 0j))


def reductions():
    a = np.array([1 + 2j, -3 + 0.5j, 4j, 0.1 - 0.2j])
    print(a.sum(), np.sum(a), a.prod(), np.prod(a), a.mean(), np.mean(a))
    big = np.exp(1j * np.linspace(0.0, 10.0, 1001)) * np.linspace(1.0, 2.0, 1001)
    print(np.sum(big), np.mean(big), big.sum())
    m = np.array([[1 + 1j, 2], [3 + 0j, 4 - 4j]])
    print(m.sum(), m.mean(), m.T.sum())
    print(m.sum(axis=0), np.sum(m, axis=1), m.mean(axis=0), np.mean(m, axis=-1), np.prod(m, axis=0), m.sum(axis=1, keepdims=True))
    t = np.exp(1j * np.arange(24.0)).reshape((2, 3, 4))
    print(t.sum(axis=(0, 2)), np.mean(t, axis=1), t.sum(axis=0).sum())
    u = np.array([1 + 1j, 2 - 1j, 3j])
    v = np.array([2, 1j, 1 - 1j])
    print(np.dot(u, v), u @ v, np.vdot(u, v), np.vdot(v, u), u.dot(v))
    print(m @ m, m @ u[:2], np.dot(m, np.array([1.0, 2.0])), sep="\n")
    print(np.vdot(np.array([1.0, 2.0]), np.array([3.0, 4.0])))


def indexing():
    a = np.array([[1 + 1j, 2, 3 - 1j], [4j, 5, 6 + 6j]])
    print(a[0, 0], a[1], a[:, 1], a[::-1, ::2], a.T)
    x = a[1, 2]
    print(x, x.real, abs(x))
    a[0, 1] = 7 - 7j
    a[1, :] = 0
    a[:, 0] += 1j
    a[0, 2] *= 2
    print(a)
    mask = np.array([True, False, True])
    b = np.array([1j, 2j, 3j])
    b[mask] = 5
    print(b, b[mask], b[np.array([2, 0])])
    for z in np.array([1 + 1j, -1j]):
        print(z, z * 2)
    print(np.array([1 + 1j, 2]).tolist(), np.concatenate([b, b]), np.reshape(a, (3, 2)), a.ravel())
    print(len(b), a.size, a.ndim, a.shape)


creation()
promotion()
arithmetic()
parts()
functions()
reductions()
indexing()
