"""Conditional expressions (x if cond else y), including nested ones."""


def sign(x: float) -> int:
    return 1 if x > 0.0 else (-1 if x < 0.0 else 0)


def abs_diff(a: int, b: int) -> int:
    return a - b if a > b else b - a


def fizzbuzz(n: int) -> str:
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)


def relu(x: float, leak: float = 0.0) -> float:
    return x if x >= 0.0 else leak * x


def plural(n: int, word: str) -> str:
    return str(n) + " " + word + ("" if n == 1 else "s")


if __name__ == "__main__":
    print(sign(2.5), sign(-0.1), sign(0.0), sign(-0.0))
    print(abs_diff(3, 10), abs_diff(10, 3), abs_diff(-5, -5))
    for n in range(1, 16):
        print(fizzbuzz(n), end=" ")
    print()
    print(relu(3.0), relu(-3.0), relu(-3.0, 0.1), relu(-0.0), relu(0.0, leak=0.5))
    print(plural(0, "apple"), plural(1, "apple"), plural(2, "pear"))
    x = 7
    parity = "even" if x % 2 == 0 else "odd"
    size = "big" if x > 100 else "medium" if x > 5 else "small"
    print(parity, size)
    y = (x * 2 if x < 10 else x // 2) + 1
    print(y)
