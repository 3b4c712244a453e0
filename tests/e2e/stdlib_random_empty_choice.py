"""An uncaught random error ends the program as in Python: draws from a filtered list print until
the filter leaves nothing, and random.choice raises IndexError('Cannot choose from an empty
sequence')."""
import random


def pick_above(values: list[int], limit: int) -> int:
    candidates = [v for v in values if v > limit]
    return random.choice(candidates)


if __name__ == "__main__":
    random.seed(11)
    values = [random.randint(0, 100) for _ in range(10)]
    print(values)
    for limit in [0, 50, 90, 100]:
        print(limit, pick_above(values, limit))
