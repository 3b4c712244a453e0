def classify(n: int) -> str:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif 0 < n < 10:
        return "small"
    else:
        return "large"


def count_down(n: int) -> int:
    total = 0
    for i in range(n, 0, -2):
        if i % 3 == 0:
            continue
        total += i
        if total > 100:
            break
    k = 0
    while k < n and not total < 0:
        k += 1
    return total + k


def last_index(n: int) -> int:
    # `i` is read after the loop, so it must keep its last value
    i = -1
    for i in range(n):
        pass
    return i
