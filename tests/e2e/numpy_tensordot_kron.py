"""np.tensordot with axes as an int (the default 2, 0 for the outer product, 1), a pair of ints, a pair of
lists or tuples (negative axes, several axes, out of order), int/bool dtypes and a scalar result; np.kron
of vectors, matrices and mixed ranks and dtypes; NumPy's run-time errors."""
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
t3 = np.arange(24.0).reshape(2, 3, 4)
t3b = np.arange(24.0).reshape(3, 4, 2)

print(np.tensordot(a, b, axes=1))
print(np.tensordot(a, b, axes=(1, 0)))
print(np.tensordot(a, b, axes=([1], [0])))
print(np.tensordot(a, b, axes=[[1], [0]]))
print(np.tensordot(a, b, axes=((-1,), (-2,))))
print(np.tensordot(t3, t3b, axes=([1, 2], [0, 1])))
print(np.tensordot(t3, t3b))
print(np.tensordot(t3, t3b, axes=([2, 1], [1, 0])))
print(np.tensordot(t3, np.ones((4, 5)), axes=1).shape, np.tensordot(t3, b.astype(float), axes=([1], [0])).shape)
print(np.tensordot(np.array([1.0, 2.0]), np.array([3.0, 4.0, 5.0]), axes=0))
print(np.tensordot(np.array([1.0, 2.0, 3.0]), np.array([3.0, 4.0, 5.0]), axes=1))
print(np.tensordot(a, a, axes=2), np.tensordot(a.astype(np.int32), a.astype(np.int32), axes=([0, 1], [0, 1])))
print(np.tensordot(a, np.ones(3), axes=([1], [0])))
bools = np.array([[True, False], [False, False]])
print(np.tensordot(bools, bools, axes=1))
print(np.tensordot(np.zeros((0, 3)), np.ones((3, 2)), axes=1).shape, np.tensordot(np.zeros((2, 0)), np.ones((0, 2)), axes=1))

print(np.kron(np.array([1, 10, 100]), np.array([5, 6, 7])))
print(np.kron(np.eye(2), np.array([[1.0, 2.0], [3.0, 4.0]])))
print(np.kron(np.array([[1, 2], [3, 4]]), np.array([1, -1])))
print(np.kron(np.array([1, -1]), np.array([[1, 2], [3, 4]])))
print(np.kron(np.array([True, False]), np.array([2, 3], dtype=np.int32)))
print(np.kron(np.array([1.5, 2.0], dtype=np.float32), np.array([2, 3])))
print(np.kron(np.ones((2, 1, 2)), np.ones((2, 2))).shape, np.kron(np.zeros(0), np.ones(3)).shape)

try:
    print(np.tensordot(a, b, axes=([0], [0])))
except ValueError as err:
    print('ValueError:', err)
try:
    print(np.tensordot(a, b, axes=(5, 0)))
except IndexError as err:
    print('IndexError:', err)
try:
    print(np.tensordot(a, b, axes=([1, 1], [0, 0])))
except ValueError as err:
    print('ValueError:', err)
