# expect: the forms of the sorting, manipulation and statistics functions the tables refuse, each
# located: np.round of bools (NumPy computes float16, 11:7), a.sort(axis=None) (NumPy's TypeError,
# 12:1), np.sort(order=) (13:18), np.unique(axis=) (14:7), np.meshgrid of mixed dtypes (a list holds
# one type, 15:7), np.cross of bools (16:7), np.quantile with an int array q (17:7), np.interp with
# period= (18:7), np.average(returned=True) (19:7), np.take with float indices (20:7).
import numpy as np

x = np.arange(3)
y = np.linspace(0.0, 1.0, 4)
flags = x > 1
print(np.round(flags))
x.sort(axis=None)
print(np.sort(x, order="f"))
print(np.unique(x, axis=0))
print(np.meshgrid(x, y))
print(np.cross(flags, flags))
print(np.quantile(y, x))
print(np.interp(y, y, y, period=2.0))
print(np.average(x, weights=y[:3], returned=True))
print(np.take(y, y))
