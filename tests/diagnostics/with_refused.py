# expect: a value that is not a context manager (15:6), an __exit__ that returns a value to
# suppress the exception (11:5), a binary file mode (19:6), and np.errstate asking for
# FloatingPointError (21:6).
import numpy as np


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return True


with 3 as x:
    print(x)
with Quiet():
    print("quiet")
with open("data.bin", "rb") as f:
    print(f.read())
with np.errstate(divide="raise"):
    print(np.log(np.zeros(2)))
