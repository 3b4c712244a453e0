"""Default arguments and keyword arguments."""


def scale(x: float, factor: float = 2.0, offset: float = 0.0) -> float:
    return x * factor + offset


def greet(name: str, greeting: str = "Hello", punctuation: str = "!") -> str:
    return greeting + ", " + name + punctuation


def repeat_sum(n: int, start: int = 0, step: int = 1, verbose: bool = False) -> int:
    total = 0
    value = start
    for _ in range(n):
        if verbose:
            print("  adding", value)
        total += value
        value += step
    return total


def clamp(x, lo=0.0, hi=1.0):
    return max(lo, min(x, hi))


def normalize(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return clamp((x - lo) / (hi - lo))


if __name__ == "__main__":
    print(scale(3.0))
    print(scale(3.0, 10.0))
    print(scale(3.0, 10.0, 1.5))
    print(scale(3.0, offset=-1.0))
    print(scale(x=1.5, offset=0.25, factor=4.0))
    print(scale(2.0, factor=0.5))

    print(greet("Ada"))
    print(greet("Grace", "Hi"))
    print(greet("Alan", punctuation="?"))
    print(greet(punctuation=".", name="Linus", greeting="Bye"))

    print(repeat_sum(5))
    print(repeat_sum(5, 10))
    print(repeat_sum(5, step=-3))
    print(repeat_sum(3, start=1, step=2, verbose=True))
    print(repeat_sum(0, 100, 100, True))

    print(clamp(-0.5), clamp(0.25), clamp(7.0), clamp(7.0, hi=10.0), clamp(-7.0, lo=-5.0))
    print(normalize(5.0, 0.0, 10.0), normalize(15.0, hi=10.0), normalize(0.3))
    print(normalize(x=-2.0, lo=-4.0, hi=4.0))
