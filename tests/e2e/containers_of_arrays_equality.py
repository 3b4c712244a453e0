# == and != of tuples, lists, dicts and dataclass objects holding arrays, as CPython compares them:
# the same array is equal, else the truth value of the element-wise comparison (ValueError for
# more than one element).
import numpy as np
from dataclasses import dataclass

@dataclass
class State:
    x: np.ndarray
    it: int = 0

a = np.ones(3)
s1 = State(a, 1)
print(s1 == State(a, 1), s1 == State(a, 2), s1 != State(a, 1))
one = np.array([2.0])
print((one, 1) == (np.array([2.0]), 1), [one] == [np.array([3.0])], {"k": one} == {"k": np.array([2.0])})
try:
    print(s1 == State(np.ones(3), 1))
except ValueError as e:
    print("ValueError:", e)
try:
    print([a] == [a.copy()])
except ValueError as e:
    print("ValueError:", e)
print([a, a] == [a], (a, 1) == (a, 1))
