# type(x).__name__ and x.__class__.__name__: known when compiling, or tested over the classes an
# object may be of (most derived first); the value still runs for its effects.
class A:
    pass
class B(A):
    pass
def name_of(x):
    return type(x).__name__
a = A()
objs = [A(), B()]
print(type(a).__name__, type(3).__name__, type(2.5).__name__, type("s").__name__, type([1]).__name__)
print(name_of(objs[1]), name_of({1: 2}), type(True).__name__, type(None).__name__, type((1, 2)).__name__)
print(objs[0].__class__.__name__)
def make():
    print("made")
    return 2.5
print(type(make()).__name__)
import numpy as np
print(type(np.zeros(3)).__name__)
class C(B):
    def describe(self):
        return f"{type(self).__name__}()"
for o in [A(), B(), C()]:
    print(type(o).__name__, o.__class__.__name__)
print(C().describe())
def find_value(xs, v):
    for x in xs:
        if x == v:
            return x
    return None


print(type(find_value([1, 2], 2)).__name__, type(find_value([1, 2], 3)).__name__)
