"""np.einsum: explicit and implicit subscripts, traces and diagonals (views), sums over axes, outer and
batched products, transposes, '...' broadcasting, length-1 broadcasting, int/bool/float32 dtypes, empty
operands, and NumPy's run-time ValueErrors (lengths that do not match)."""
import numpy as np

a = np.arange(6.0).reshape(2, 3)
b = np.arange(12.0).reshape(3, 4)
v = np.array([1.0, 2.0, 3.0])
w = np.array([4.0, 5.0])
m = np.arange(9).reshape(3, 3)

print(np.einsum('ij,jk->ik', a, b))
print(np.einsum('ij,jk', a, b))
print(np.einsum('ik,kj->ji', a, b))
print(np.einsum('ii->', m), np.einsum('ii', m))
d = np.einsum('ii->i', m)
print(d)
m[1, 1] = 40
print(d)
print(np.einsum('ij->ji', a))
print(np.einsum('ji', a))
print(np.einsum('ij->', a), np.einsum('ij->i', a), np.einsum('ij->j', a))
print(np.einsum('i,j->ij', v, w))
print(np.einsum('i,i', v, v), np.einsum('i,i->', v, v))
print(np.einsum('ij,j->i', a, v))
batch_a = np.arange(12.0).reshape(2, 2, 3)
batch_b = np.arange(24.0).reshape(2, 3, 4)
print(np.einsum('bij,bjk->bik', batch_a, batch_b))
print(np.einsum('bij,bjk', batch_a, batch_b))
print(np.einsum('i,j,k->ijk', np.array([1, 2]), np.array([3, 4, 5]), np.array([1, -1])))
print(np.einsum('...ij->...ji', batch_a).shape)
print(np.einsum('...j,j', batch_a, v))
print(np.einsum('ij...,j...', np.ones((2, 3, 4)), np.ones((3, 4))))
print(np.einsum('ij,ij->ij', a, np.array([[10.0], [100.0]])))
print(np.einsum('i j -> j i', a))
print(np.einsum('Aa,aB->AB', a, b))

# dtypes: int32 stays int32 (it wraps like NumPy), bool sums with `or`, float32 with int64 is float64
i32 = np.array([[1, 2], [3, 4]], dtype=np.int32)
print(np.einsum('ij,jk->ik', i32, i32), np.einsum('ij->', i32))
bools = np.array([True, False, True])
print(np.einsum('i,i', bools, bools), np.einsum('i,j->ij', bools, bools))
f32 = np.array([0.5, 1.5], dtype=np.float32)
print(np.einsum('i,i', f32, f32), np.einsum('i,j->ij', f32, np.array([1, 2])))
print(np.einsum('ij,jk->ik', np.array([[1, 2]]), np.array([[0.5], [0.25]])))

# empty operands
e = np.zeros((0, 3))
print(np.einsum('ij->', e), np.einsum('ij->j', e), np.einsum('ij->i', e).shape)
print(np.einsum('ij,jk->ik', e, b).shape)

# random values: the matrix-product path and the generic loop agree with NumPy to rounding
rng = np.random.default_rng(7)
x = rng.random((5, 4))
y = rng.random((4, 6))
z = rng.random((6,))
print(np.allclose(np.einsum('ij,jk->ik', x, y), x @ y), np.allclose(np.einsum('ij,jk,k->i', x, y, z), x @ y @ z))
print(np.allclose(np.einsum('ij,kj->ik', x, x), x @ x.T), np.allclose(np.einsum('ij->j', x), x.sum(axis=0)))

# lengths are only known at run time: NumPy's ValueError
try:
    print(np.einsum('ij,jk->ik', a, np.ones((4, 5))))
except ValueError as err:
    print('ValueError:', err)
try:
    print(np.einsum('bij,bjk->bik', batch_a, np.ones((3, 3, 5))))
except ValueError as err:
    print('ValueError:', err)
try:
    print(np.einsum('i,i->', v, w))
except ValueError as err:
    print('ValueError:', err)
try:
    print(np.einsum('ii->i', a))
except ValueError as err:
    print('ValueError:', err)
try:
    print(np.einsum('ii', a))
except ValueError as err:
    print('ValueError:', err)
try:
    print(np.einsum('ij,kj->', a, np.ones((4, 5))))
except ValueError as err:
    print('ValueError:', err)
