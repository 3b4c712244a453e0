# expect: every way of making an array of complex numbers is refused where it is made (they are not
# supported yet), never C++ that does not compile.
import numpy as np

a = np.array([1 + 2j, 3 - 1j])
b = np.zeros(3, dtype=complex)
c = np.ones(2, dtype=np.complex128)
d = np.arange(3.0).astype(complex)
print(abs(1 + 2j))
