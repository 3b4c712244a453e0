"""Command-line arguments through sys.argv (the test runner passes none, so defaults are used)."""
import sys


def parse_count(default: int) -> int:
    if len(sys.argv) > 1:
        return int(sys.argv[1])
    return default


if __name__ == "__main__":
    n = parse_count(5)
    total = 0
    for i in range(1, n + 1):
        total += i * i
    print(f"sum of squares up to {n}: {total}", len(sys.argv))
    print(sys.argv[-1] == sys.argv[len(sys.argv) - 1])
    print(sys.argv[3])
