"""np.linalg.cond (p None, 2, -2, 1, -1, inf, -inf, 'fro', 'nuc'; singular matrices give inf; stacks),
np.linalg.matrix_power (NumPy's sequence of products, the int dtype kept for n >= 0, the identity
for n = 0, powers of the inverse for n < 0, bool matrices, stacks; n == 1 returns the array
itself), np.linalg.qr's modes (LAPACK's Householder signs: Q and R printed as they are), and
np.linalg.norm's matrix orders; NumPy's errors for each. Also the other import forms
(numpy.linalg as a module alias, its functions and LinAlgError imported by name)."""
import numpy as np
import numpy.linalg as LA
from numpy.linalg import LinAlgError, matrix_power


def r(x):
    return np.round(x, 8) + 0.0


def main():
    a = np.array([[4.0, 1.0, 2.0], [1.0, 3.0, 0.5], [2.0, 0.5, 5.0]])
    m = np.array([[1.0, 2.0], [3.0, 4.0]])
    print(round(np.linalg.cond(a), 8), round(np.linalg.cond(m), 8))
    for p in [2.0, -2.0, 1.0, -1.0, np.inf, -np.inf]:
        print(p, round(np.linalg.cond(a, p), 8), round(np.linalg.cond(m, p), 8))
    print(round(np.linalg.cond(a, "fro"), 8), round(np.linalg.cond(m, "nuc"), 8))
    singular = np.array([[1.0, 2.0], [2.0, 4.0]])
    print(np.linalg.cond(singular, 1), np.linalg.cond(singular, "fro"), np.linalg.cond(np.zeros((2, 2))))
    print(np.linalg.cond(singular) > 1e15, round(np.linalg.cond(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])), 8))
    print(r(np.linalg.cond(np.stack((a, 2.0 * a, np.eye(3))))), r(np.linalg.cond(np.stack((m, m)), np.inf)))
    print(round(np.linalg.cond(np.array([[2, 1], [1, 3]])), 8), repr(np.round(np.linalg.cond(np.stack((m, m)).astype(np.float32)), 4)))
    try:
        np.linalg.cond(m, 3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        np.linalg.cond(m, "xyz")
    except ValueError as e:
        print("ValueError:", e)
    try:
        np.linalg.cond(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), 1)
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    try:
        np.linalg.cond(np.zeros((0, 0)))
    except np.linalg.LinAlgError as e:
        print("LinAlgError:", e)

    k = np.array([[1, 1], [1, 0]])
    print(np.linalg.matrix_power(k, 0).tolist(), np.linalg.matrix_power(k, 1).tolist(), np.linalg.matrix_power(k, 2).tolist())
    print(np.linalg.matrix_power(k, 3).tolist(), np.linalg.matrix_power(k, 5).tolist(), np.linalg.matrix_power(k, 10).tolist())
    print(np.linalg.matrix_power(k, 30).tolist(), np.linalg.matrix_power(k, 91)[0, 0])
    print(repr(np.linalg.matrix_power(k.astype(np.int32), 7)), repr(np.linalg.matrix_power(k, -1)), repr(np.linalg.matrix_power(k, -3)))
    print(r(np.linalg.matrix_power(a, 5)), r(np.linalg.matrix_power(a, -2)))
    print(r(np.linalg.matrix_power(a / 4.0, 13)))
    for n in range(-2, 3):
        print(n, r(np.linalg.matrix_power(m, n)))
    e = np.array([[False, True, False], [False, False, True], [True, False, False]])
    print(np.linalg.matrix_power(e, 2), np.linalg.matrix_power(e, 0), np.linalg.matrix_power(e, 3))
    st = np.stack((m, 2.0 * m))
    print(r(np.linalg.matrix_power(st, 3)), r(np.linalg.matrix_power(st, -1)), np.linalg.matrix_power(st, 0).shape)
    same = np.linalg.matrix_power(m, 1)
    same[0, 0] = 100.0
    print(m[0, 0])
    try:
        np.linalg.matrix_power(np.ones((2, 3)), 2)
    except np.linalg.LinAlgError as err:
        print("LinAlgError:", err)
    try:
        np.linalg.matrix_power(np.ones(3), 2)
    except np.linalg.LinAlgError as err:
        print("LinAlgError:", err)
    try:
        matrix_power(singular, -1)
    except LinAlgError as err:
        print("LinAlgError:", err)
    try:
        try:
            LA.inv(singular)
        except LinAlgError as err:
            raise LinAlgError("again: " + str(err))
    except LA.LinAlgError as err:
        print("LinAlgError:", err)

    tall = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.5]])
    q, rr = np.linalg.qr(tall)
    print(r(q), r(rr))
    qc, rc = np.linalg.qr(tall, mode="complete")
    print(qc.shape, r(rc), bool(np.allclose(qc @ rc, tall)), bool(np.allclose(qc.T @ qc, np.eye(4))))
    print(r(np.linalg.qr(tall, mode="r")), r(np.linalg.qr(tall.T, mode="r")))
    qw, rw = np.linalg.qr(tall.T)
    print(r(qw), r(rw))
    q3, r3 = np.linalg.qr(a)
    print(r(q3), r(r3))
    print(repr(np.round(np.linalg.qr(a.astype(np.float32), mode="r"), 4)))

    print(round(np.linalg.norm(a, 2), 8), round(np.linalg.norm(a, -2), 8), round(np.linalg.norm(a, "nuc"), 8), round(np.linalg.norm(a, "fro"), 8))
    print(np.linalg.norm(a, 1), np.linalg.norm(a, -1), np.linalg.norm(a, np.inf), np.linalg.norm(a, -np.inf), np.linalg.norm(k, 1))
    print(round(np.linalg.norm(tall, 2), 8), round(np.linalg.norm(tall, "nuc"), 8), np.linalg.norm(np.zeros((0, 3)), "nuc"))
    try:
        np.linalg.norm(a, 3)
    except ValueError as err:
        print("ValueError:", err)
    try:
        np.linalg.norm(a, "xyz")
    except ValueError as err:
        print("ValueError:", err)
    try:
        np.linalg.norm(np.ones(3), "fro")
    except ValueError as err:
        print("ValueError:", err)
    try:
        np.linalg.norm(np.zeros((0, 0)), 2)
    except ValueError as err:
        print("ValueError:", err)
    try:
        np.linalg.norm(np.array([[1.0, np.nan], [0.0, 1.0]]), 2)
    except np.linalg.LinAlgError as err:
        print("LinAlgError:", err)
    print(np.linalg.norm(np.array([[1.0, np.inf], [0.0, 1.0]]), 2))


main()
