"""np.array(a, dtype=...) copies and np.asarray(a, dtype=...) shares when the dtype is already a's (the
C++ of both called a runtime function that did not exist, at every rank)."""
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array(a, dtype=np.float64)
c = np.asarray(a, dtype=np.float64)
d = np.asarray(b, dtype=np.float64)
e = np.array(b, dtype=np.float64)
b[0, 0] = 9.0
print(b, c, d[0, 0], e[0, 0], np.array(a[:, 1], dtype=np.int32))
