# Cycle positions with %: the period computed from the inputs is zero.

#pythran export position(int, int, int)


def position(step, start, end):
    period = end - start
    return start + step % period


if __name__ == "__main__":
    print(position(5, 0, 3))
    print(position(-5, 0, 3))
    print(position(17, 10, 15))
    print(position(4, 2, 2))
