# A bare assert (no message) that fails: stderr ends with just "AssertionError".

#pythran export step(int)


def step(n):
    assert n > 0
    return n - 1


if __name__ == "__main__":
    n = 3
    while True:
        n = step(n)
        print("n =", n)
