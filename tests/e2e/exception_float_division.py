"""Relative change between two measurements; the baseline is 0.0 on the last call."""


def relative_change(old: float, new: float) -> float:
    return (new - old) / old


if __name__ == "__main__":
    print(relative_change(100.0, 110.0))
    print(relative_change(-2.0, 1.0))
    baseline = 0.5
    for k in range(3):
        baseline -= 0.25
        print(k, baseline, relative_change(baseline, 1.0))
