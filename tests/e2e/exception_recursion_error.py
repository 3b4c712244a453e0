"""Unbounded recursion: Python raises RecursionError at its default limit (1000 frames) and keeps
what was printed; the compiled program must not overflow the C++ stack (and lose its output)."""


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


if __name__ == "__main__":
    for n in range(10, 1000, 245):
        print("depth_sum", n, depth_sum(n))
    print("now 100000 frames deep")
    print(depth_sum(100000))
    print("not reached")
