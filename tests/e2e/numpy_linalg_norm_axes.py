"""np.linalg.norm over a pair of axes (every matrix order, axes in either order, at rank 3), a 1-tuple axis, keepdims=True for every form (the normalising idiom x / norm(x, axis=-1, keepdims=True)), float32 kept; NumPy's ValueErrors for duplicate axes, three axes, a bad order."""
import numpy as np

x = np.arange(24.0).reshape(2, 3, 4) - 7.0
m = x[1]
v = np.array([3.0, -4.0, 12.0])
print(np.linalg.norm(x, axis=(1, 2)), np.linalg.norm(x, "fro", axis=(2, 1)), np.linalg.norm(x, "nuc", axis=(0, 2)))
for order in [1.0, -1.0, 2.0, -2.0, np.inf, -np.inf]:
    print(order, np.round(np.linalg.norm(x, order, axis=(1, 2)), 10), np.round(np.linalg.norm(x, order, axis=(2, 0)), 10))
print(np.round(np.linalg.norm(m, 2, axis=(0, 1)), 10), np.linalg.norm(m, 1, axis=(1, 0)), np.linalg.norm(v, 3.0, axis=(0,)))
print(np.linalg.norm(x, axis=2, keepdims=True), np.linalg.norm(x, keepdims=True), np.linalg.norm(v, 1, keepdims=True))
print(np.linalg.norm(m, "fro", keepdims=True), np.linalg.norm(m, np.inf, keepdims=True), np.linalg.norm(x, 1, axis=(0, 2), keepdims=True))
print(np.linalg.norm(x, "nuc", axis=(1, 2), keepdims=True).shape, np.linalg.norm(x, 1, axis=-1, keepdims=True).shape)
unit = x / np.linalg.norm(x, axis=-1, keepdims=True)
print(np.round(np.linalg.norm(unit, axis=-1), 12))
print(repr(np.linalg.norm(x.astype(np.float32), axis=(1, 2))))
try:
    np.linalg.norm(x, axis=(1, 1))
except ValueError as e:
    print("ValueError:", e)
try:
    np.linalg.norm(x, axis=(0, 1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    np.linalg.norm(x, 3, axis=(0, 1))
except ValueError as e:
    print("ValueError:", e)
try:
    np.linalg.norm(x, "fro", axis=(1,))
except ValueError as e:
    print("ValueError:", e)
