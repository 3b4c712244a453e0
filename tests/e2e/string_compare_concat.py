"""String constants: equality, ordering, concatenation and len()."""


def classify(word: str) -> str:
    n = len(word)
    if n == 0:
        return "empty"
    elif n < 4:
        return "short"
    elif n < 8:
        return "medium"
    return "long"


def join3(a: str, b: str, c: str, sep: str = " ") -> str:
    return a + sep + b + sep + c


def max_word(a: str, b: str) -> str:
    return a if a >= b else b


def repeat(s: str, n: int) -> str:
    out = ""
    for _ in range(n):
        out += s
    return out


def operation(name: str, x: float, y: float) -> float:
    if name == "add":
        return x + y
    elif name == "sub":
        return x - y
    elif name == "mul":
        return x * y
    elif name == "div":
        return x / y
    raise ValueError("unknown operation: " + name)


if __name__ == "__main__":
    print(classify(""), classify("ab"), classify("python"), classify("transpiler"))
    print(join3("a", "b", "c"), join3("x", "y", "z", sep=", "), join3("", "", "", "-"))
    print(max_word("apple", "banana"), max_word("Zebra", "apple"), max_word("abc", "ab"))
    print("abc" == "abc", "abc" != "abd", "abc" < "abd", "B" < "a", "" < "a", "a" > "")
    print(repeat("ab", 3), len(repeat("xyz", 100)), repeat("-", 0) == "")
    print(len("héllo"), len("日本語"), len("tab\there"))
    print(operation("add", 2.0, 3.0), operation("sub", 2.0, 3.0), operation("mul", 2.0, 3.0), operation("div", 2.0, 3.0))
    greeting = "Hello"
    greeting += ", "
    greeting = greeting + "world"
    print(greeting, len(greeting))
    s = "n=" + str(7) + " x=" + str(0.1 + 0.2) + " ok=" + str(True)
    print(s)
    print("a" + "b" == "ab", "abc" == "ab" + "c")
