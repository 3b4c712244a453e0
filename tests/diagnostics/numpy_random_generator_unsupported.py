# expect: the Generator forms the tables refuse, each located: choice with p= (9:7), a dtype= for
# integers (10:7), a bit generator other than default_rng's PCG64 (11:7), a method py2cpp lacks
# (12:7), an array-valued loc (13:7), a float seed (14:7).
import numpy as np

rng = np.random.default_rng(7)
weights = np.array([0.5, 0.5])
print(rng.random())
print(rng.choice(2, 3, p=weights))
print(rng.integers(0, 10, dtype=np.int32))
print(np.random.Generator(np.random.MT19937(1)).random())
print(rng.binomial(10, 0.5))
print(rng.normal(np.zeros(3), 1.0))
print(np.random.default_rng(1.5).random())
