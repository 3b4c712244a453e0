# Objects of library classes (a NumPy Generator, a text file) as fields and method parameters:
# the module's header declares them, so it includes the tables' headers.
import numpy as np


class Layer:
    def __init__(self, n_in, n_out, rng):
        self.W = rng.standard_normal((n_in, n_out)) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)
        self.rng = rng

    def forward(self, x):
        return np.maximum(0.0, x @ self.W + self.b)

    def noise(self):
        return self.rng.uniform(0.0, 1.0, 3)

    def save(self, f):
        f.write(f"{self.W.shape[0]} {self.W.shape[1]}\n")


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


rng = np.random.default_rng(42)
layers = [Layer(4, 8, rng), Layer(8, 3, rng)]
x = rng.standard_normal((5, 4))
h = x
for layer in layers:
    h = layer.forward(h)
p = softmax(h)
print(p.shape, np.round(p.sum(axis=1), 6))
print(np.argmax(p, axis=1))
labels = np.array([0, 1, 2, 1, 0])
loss = -np.mean(np.log(p[np.arange(5), labels] + 1e-12))
print(round(float(loss), 6))
print(layers[0].noise())
with open("/tmp/py2cpp_e2e_layers_shapes.txt", "w") as out:
    for layer in layers:
        layer.save(out)
with open("/tmp/py2cpp_e2e_layers_shapes.txt") as back:
    print(back.read().split())
