"""Ints built from literals alone that py2cpp does not fold are still 64-bit: a conditional of
literals times a literal, and min() of literals times a literal (found by the differential tester:
tests/differential/regressions/int_literal_32bit.py). Python prints 9000000000000 twice."""


def f(a):
    print((3000000 if a else 1) * 3000000)
    print(min(3000000, 4000000) * 3000000)


if __name__ == "__main__":
    f(True)
