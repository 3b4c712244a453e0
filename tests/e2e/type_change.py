"""A variable whose type changes: int first, then float (or str) later."""


def accumulate(n: int) -> float:
    x = 0
    for i in range(n):
        x = x + 0.5
    return x


def halve_until_small(n: int) -> float:
    value = n
    steps = 0
    while value > 1:
        value = value / 2
        steps += 1
    print("steps:", steps)
    return value


def mean(a: int, b: int) -> float:
    total = a + b
    total = total / 2
    return total


def describe(n: int) -> str:
    label = n
    label = "n=" + str(label)
    return label


if __name__ == "__main__":
    x = 1
    print(x)
    x = 2.5
    print(x)
    x = x * 2
    print(x)

    print(accumulate(1), accumulate(7))
    print(halve_until_small(1000))
    print(halve_until_small(3))
    print(mean(3, 4), mean(-3, 3), mean(2, 2))
    print(describe(42), describe(-1))

    count = 0
    count += 1
    print(count)
    count /= 4
    print(count)
    count += 1
    print(count)
