"""for-loops over range() with one, two and three arguments."""


def range_sum(start: int, stop: int, step: int) -> tuple[int, int]:
    """Return (count, sum) of range(start, stop, step)."""
    count = 0
    total = 0
    for i in range(start, stop, step):
        count += 1
        total += i
    return count, total


def show_range(start: int, stop: int, step: int) -> None:
    print(f"range({start}, {stop}, {step}):", end="")
    for i in range(start, stop, step):
        print("", i, end="")
    print()


def countdown(n: int) -> int:
    last = -1
    for i in range(n, 0, -1):
        print(i, end=" ")
        last = i
    print("liftoff")
    return last


def triangle(n: int) -> None:
    for row in range(1, n + 1):
        line = ""
        for col in range(row):
            line = line + "*"
        print(line)


if __name__ == "__main__":
    for i in range(5):
        print(i, end=" ")
    print()
    for i in range(2, 7):
        print(i, end=" ")
    print()
    show_range(0, 10, 3)
    show_range(10, 0, -3)
    show_range(-3, 3, 1)
    show_range(10, -10, -7)
    show_range(0, 5, -1)
    show_range(5, 5, 1)
    show_range(5, 1, 1)
    show_range(-1, -10, -4)
    show_range(0, 1, 100)
    print(range_sum(0, 101, 1), range_sum(1, 100, 2), range_sum(100, 0, -1))
    print(range_sum(0, 0, 1), range_sum(3, -3, 2), range_sum(-1000000, 1000000, 7))
    print(countdown(5), countdown(1), countdown(0))
    triangle(4)
    # the loop variable keeps its last value after the loop
    k = -1
    for k in range(3, 12, 4):
        pass
    print("k after loop:", k)
    n = 0
    for _ in range(10):
        n += 2
    print("n:", n)
