"""Differential regression: a right shift by a literal count >= 64.
Python: 12345 >> 69 is 0 and -12345 >> 69 is -1. py2cpp emits `a >> 69`, which g++ rejects
(-Werror=shift-count-overflow) and which would be undefined behaviour in C++ anyway."""


def shift(a):
    print(a >> 69, -a >> 69)


if __name__ == "__main__":
    shift(12345)
