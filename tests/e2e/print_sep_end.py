"""print() with several arguments, sep= and end=."""


def print_row(a: int, b: int, c: int) -> None:
    print(a, b, c, sep=", ")


def print_progress(n: int) -> None:
    for i in range(n):
        print(i, end="")
        if i < n - 1:
            print(" -> ", end="")
    print(end="\n")


def banner(title: str, width: int) -> None:
    line = ""
    for _ in range(width):
        line += "="
    print(line)
    print(title)
    print(line, end="\n\n")


if __name__ == "__main__":
    print()
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep="-", end="!\n")
    print(1, 2.5, True, None, "x", sep=" | ")
    print_row(1, 2, 3)
    print_row(-1, 0, 10 ** 12)
    print_progress(5)
    print_progress(1)
    print_progress(0)
    banner("Report", 12)
    print("x", end="")
    print("y", end="")
    print()
    print("tab\tseparated", "quote\"inside", 'single\'s')
    print("multi\nline")
    print("sep and end", 1, 2, sep="", end="")
    print(" <- joined")
    print("unicode: π ≈", 3.14159, "µs", sep=" ")
    print("empty sep", "", "end", sep="")
