"""All augmented assignment operators on ints and floats."""


def int_ops(start: int) -> int:
    x = start
    x += 7
    print("+=", x)
    x -= 20
    print("-=", x)
    x *= -3
    print("*=", x)
    x //= 4
    print("//=", x)
    x %= 7
    print("%=", x)
    x **= 3
    print("**=", x)
    return x


def float_ops(start: float) -> float:
    y = start
    y += 0.1
    y -= 2.0
    y *= 1.5
    y /= 3.0
    print("after + - * /:", y)
    y //= 0.25
    print("//=", y)
    y %= 0.7
    print("%=", y)
    y **= 2
    print("**=", y)
    return y


def int_becomes_float(n: int) -> float:
    z = n
    z /= 2
    z += 1
    return z


def running_stats(n: int) -> tuple[float, float]:
    """Welford's online mean and variance of 1, 2, ..., n."""
    mean = 0.0
    m2 = 0.0
    count = 0
    for i in range(1, n + 1):
        count += 1
        delta = i - mean
        mean += delta / count
        m2 += delta * (i - mean)
    return mean, m2 / (count - 1)


if __name__ == "__main__":
    print(int_ops(10))
    print(int_ops(-10))
    print(float_ops(3.3))
    print(int_becomes_float(7), int_becomes_float(-8))
    print(running_stats(10), running_stats(1001))
    s = "ab"
    s += "cd"
    s += s
    print(s)
