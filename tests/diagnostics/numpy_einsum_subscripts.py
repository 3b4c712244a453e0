# expect: one error per bad np.einsum/np.tensordot call, at the subscripts (or axes) argument, with
# NumPy's ValueError message (the subscripts and axes decide the result's rank, so they are read
# and checked when compiling); a subscripts string that is not a literal, and axes that are not
# constants, are refused.
import numpy as np


def f(s: str, n: int):
    a = np.ones((2, 3))
    b = np.ones((3, 4))
    v = np.ones(3)
    print(np.einsum('ij->', a, a))
    print(np.einsum('ij', v))
    print(np.einsum('ij->k', a))
    print(np.einsum('ij->ii', a))
    print(np.einsum('i-j', a))
    print(np.einsum('ij,jk', a))
    print(np.einsum('ij->i->j', a))
    print(np.einsum('i1', v))
    print(np.einsum('ij-', a))
    print(np.einsum('i..j', a))
    print(np.einsum('...i,...i->', a, a))
    print(np.einsum(s, a))
    print(np.tensordot(a, b, axes=3))
    print(np.tensordot(a, b, axes=([0, 1], [0])))
    print(np.tensordot(a, b, axes=n))
    print(np.tensordot(a, b, axes=[[1], [0]]))


if __name__ == "__main__":
    f('ij', 1)
