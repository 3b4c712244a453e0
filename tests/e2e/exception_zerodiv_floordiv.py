"""Average bucket size: the divisor becomes zero, and integer floor division
raises ZeroDivisionError."""


def buckets(total: int, size: int) -> int:
    return total // size


def shrinking(total: int, size: int) -> None:
    while True:
        print(f"{total} items in buckets of {size}: {buckets(total, size)} full buckets")
        size -= 3


if __name__ == "__main__":
    print(buckets(100, 7), buckets(-100, 7))
    shrinking(50, 9)
