# A lambda with keyword-only parameters is refused with a located diagnostic.
f = lambda x, *, k=1: x + k
print(f(1, k=2))
