"""A list display of arrays given to a built-in is a list (it printed as a tuple before), while
NumPy functions still take it as a sequence of arrays."""
import numpy as np

a = np.zeros(2)
b = np.arange(3.0)
print([a])
print([a, np.ones(2)], len([a, b, a]))
print(str([b * 2]))
print(np.hstack([a, b]), np.vstack([a, a]).shape)
for row in [a, b]:
    print(row.sum())
