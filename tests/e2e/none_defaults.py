"""None as a default argument, tested with `is None` / `is not None` (decided per specialization)."""
import math


def scaled(x, scale=None):
    if scale is None:
        scale = 1.0
    return x * scale


def log_base(x: float, base=None) -> float:
    if base is not None:
        return math.log(x, base)
    return math.log(x)


def greet(name: str, greeting=None) -> str:
    if greeting is None:
        greeting = "Hello"
    return greeting + ", " + name + "!"


def report() -> None:
    print("report done")


if __name__ == "__main__":
    print(scaled(4.0), scaled(4.0, 2.5), scaled(3, 2))
    print(log_base(8.0), log_base(8.0, 2.0), log_base(1000.0, 10))
    print(greet("Ada"), greet("Alan", greeting="Hi"))
    report()
    print(None is None, (1, None))
