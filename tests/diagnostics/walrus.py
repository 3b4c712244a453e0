# expect: error at 6:12: assignment expressions (walrus ':=') are not supported


def count_steps(n: int) -> int:
    steps = 0
    while (n := n // 2) > 0:
        steps += 1
    return steps
