"""Differential regression: a shift by a negative literal count.
Python raises `ValueError: negative shift count`. py2cpp emits `a >> -10`, which g++ rejects
(-Werror=shift-count-negative)."""


def shift(a):
    print(a - (a >> -10))


if __name__ == "__main__":
    shift(4)
