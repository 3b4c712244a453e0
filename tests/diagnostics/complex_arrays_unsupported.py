# expect: what complex arrays do not support yet (or NumPy refuses) is a located error at the
# operation, never C++ that does not compile: ordering comparisons, // % and the bitwise operators,
# functions without complex forms here (floor, maximum, isclose, sort, max),
# numpy.linalg on complex matrices, complex values stored into a real array, rfft of complex input.
import numpy as np

a = np.array([1 + 2j, 3 - 1j])
b = np.zeros(2, dtype=complex)
m = np.ones((2, 2), dtype=np.complex128)
x = np.zeros(2)
print(a < b)
print(a // b)
print(a % 2)
print(~a)
print(np.floor(a))
print(np.maximum(a, b))
print(np.isclose(a, b))
print(np.sort(a))
print(m.max())
print(np.linalg.inv(m))
print(np.linalg.eig(np.eye(2)))
x[0] = 1j
x[:] = a
print(np.fft.rfft(a))
print(np.cumsum(a))
