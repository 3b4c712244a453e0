"""Deeply recursive classics with small arguments."""


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def mccarthy91(n: int) -> int:
    if n > 100:
        return n - 10
    return mccarthy91(mccarthy91(n + 11))


def hanoi(n: int, source: str, target: str, spare: str, verbose: bool) -> int:
    """Return the number of moves; print them when verbose."""
    if n == 0:
        return 0
    moves = hanoi(n - 1, source, spare, target, verbose)
    if verbose:
        print(f"move disk {n} from {source} to {target}")
    moves += 1
    moves += hanoi(n - 1, spare, target, source, verbose)
    return moves


def digit_root(n):
    if n < 10:
        return n
    return digit_root(n // 10 + n % 10)


def binomial(n: int, k: int) -> int:
    if k == 0 or k == n:
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


if __name__ == "__main__":
    for m in range(4):
        for n in range(4):
            print(f"A({m},{n}) = {ackermann(m, n)}")
    print(ackermann(3, 5))
    print(mccarthy91(1), mccarthy91(99), mccarthy91(100), mccarthy91(101), mccarthy91(150))
    print(hanoi(3, "A", "C", "B", True))
    print(hanoi(16, "A", "C", "B", False))
    print(digit_root(0), digit_root(9875), digit_root(9223372036854775807))
    print(binomial(10, 3), binomial(20, 10))
