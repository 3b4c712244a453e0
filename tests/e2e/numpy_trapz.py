# np.trapz of 1-D arrays: spacing dx or np.diff(x) (broadcast when one side has one pair), int and
# float arrays, expressions as arguments, NumPy's ValueError for shapes that do not broadcast.
import numpy as np
x = np.linspace(0, 1, 11)
print(np.trapz(x ** 2, x), np.trapz(x ** 2), np.trapz(x ** 2, dx=0.1), np.trapz(np.arange(5)), np.trapz(np.arange(5), dx=2))
print(np.trapz(np.array([1, 4, 9]), np.array([0, 1, 3])), np.trapz(np.sin(x), x=x), np.trapz(np.zeros(0)), np.trapz(np.ones(1)))
y = np.sin(np.linspace(0, np.pi, 1001))
print(np.trapz(y, np.linspace(0, np.pi, 1001)), np.trapz(y[::2]))
print(np.trapz(np.array([1.0, 2.0, 4.0]), np.array([0.0, 0.5])), np.trapz(np.array([1.0, 3.0]), np.array([0.0, 1.0, 3.0])))
y32 = np.linspace(0, 1, 7).astype(np.float32)
print(float(np.trapz(y32)) == np.trapz(y32))
try:
    np.trapz(np.ones(4), np.arange(3.0))
except ValueError as e:
    print("ValueError:", e)
