# Chained assignment to items, fields and names (D[i, j] = D[j, i] = d): the value is computed once
# and every target, left to right, gets the same object.
import numpy as np
D = np.zeros((3, 3))
for i in range(3):
    for j in range(i + 1, 3):
        D[i, j] = D[j, i] = i + j * 10
print(D)
xs = [0, 0, 0]
ys = [1, 1]
xs[0] = ys[1] = n = 7
print(xs, ys, n)
class P:
    def __init__(self):
        self.a = 0.0
        self.b = 0.0
p = P()
p.a = p.b = 2.5
a = b = [1]
a.append(2)
print(p.a, p.b, a, b, a is b)
def val():
    print("val once")
    return 3
xs[1] = xs[2] = val()
print(xs)
