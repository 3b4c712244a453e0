"""An operand that raises stops the evaluation of the operands to its right, including one that
prints (the differential tester, seed 9: `min(1e16, i ** -1) % h()` with i = 0 raised
ZeroDivisionError in Python before h printed; the C++ called h first and printed)."""


def h(x):
    print("h called with", x)
    return x + 1.0


def show(i):
    try:
        print(min(1e16, i ** -1) % h(2.0))
    except ZeroDivisionError as e:
        print("raised:", e)
    print(h(1.0) + 10 // i)


if __name__ == "__main__":
    show(2)
    show(0)
