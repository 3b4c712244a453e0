"""Differential regression: a comparison of a variable with itself.
Python: `a >= a` is True for an int. py2cpp emits `a0 >= a0`, which g++ rejects
(-Werror=tautological-compare: self-comparison always evaluates to true)."""


def compare(a0, a1):
    if a0 >= a0 and a0 <= a1:
        print("in order")
    print(a1 < a1)


if __name__ == "__main__":
    compare(3, 5)
