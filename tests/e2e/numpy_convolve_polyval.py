"""np.convolve / np.correlate in the three modes (default modes differ), operands of either length order,
even and odd kernel lengths, int/bool/float32 dtypes, views; np.polyval at numbers and arrays of several
dtypes, empty coefficients; NumPy's ValueErrors for empty operands."""
import numpy as np

a = np.array([1, 2, 3, 4, 5])
k3 = np.array([1, 2, 3])
k4 = np.array([1, 2, 3, 4])
print(np.convolve(a, k3), np.convolve(a, k3, 'same'), np.convolve(a, k3, mode='valid'))
print(np.convolve(k3, a), np.convolve(k3, a, 'same'), np.convolve(k3, a, 'valid'))
print(np.convolve(a, k4, 'full'), np.convolve(a, k4, 'same'), np.convolve(a, k4, 'valid'))
print(np.correlate(a, k3), np.correlate(a, k3, 'same'), np.correlate(a, k3, 'full'))
print(np.correlate(k3, a), np.correlate(k3, a, 'same'), np.correlate(k3, a, 'full'))
print(np.correlate(np.array([1, 2]), a, 'same'), np.correlate(a, k4, 'same'))
x = np.array([0.5, 1.0, -2.0, 4.0])
print(np.convolve(x, np.array([0.25, 0.5, 0.25]), 'same'), np.convolve(x, k3))
print(np.convolve(np.array([True, False, True]), np.array([True, True])))
print(np.convolve(np.array([1, 2], dtype=np.int32), np.array([3, 4], dtype=np.int32)))
print(np.correlate(np.array([1.5, 2.5], dtype=np.float32), np.array([2.0, 4.0], dtype=np.float32), 'full'))
print(np.convolve(a[::-2], k3[1:]), np.convolve(np.array([7.0]), np.array([2.0])))
m = np.arange(12.0).reshape(3, 4)
print(np.convolve(m[:, 1], m[1]))

for bad in [(np.zeros(0), k3.astype(float)), (k3.astype(float), np.zeros(0)), (np.zeros(0), np.zeros(0))]:
    try:
        print(np.convolve(bad[0], bad[1]))
    except ValueError as err:
        print('ValueError:', err)
    try:
        print(np.correlate(bad[0], bad[1]))
    except ValueError as err:
        print('ValueError:', err)

p = np.array([3.0, 0.0, 1.0])
print(np.polyval(p, 5), np.polyval(p, 0.5), np.polyval(np.array([1, 2, 3]), 2), np.polyval(np.array([1, 2, 3]), 2.5))
print(np.polyval(p, np.array([1.0, 2.0, 3.0])), np.polyval(p, np.arange(4)))
print(np.polyval([1, -1], np.array([[0.5, 1.5], [2.5, 3.5]])), np.polyval([2.5], np.linspace(0, 1, 3)))
print(np.polyval(np.array([1.0, 0.1]), np.array([1.0, 2.0], dtype=np.float32)))
print(np.polyval(np.array([1.0, 0.1], dtype=np.float32), 3), np.polyval(np.array([True, True]), True))
print(np.polyval(np.zeros(0), np.array([1.0, 2.0])), np.polyval(np.zeros(0), 3.0))
print(np.polyval(np.array([1, 2, 3], dtype=np.int32), 10))
