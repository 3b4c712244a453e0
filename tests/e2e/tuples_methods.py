"""tuple.count and tuple.index (ValueError as Python's when the item is missing), on tuples of one
type and of ints mixed with floats."""


def main() -> None:
    t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
    print(t.count(5), t.count(7), t.index(1), t.index(9))
    mixed = (1, 2.5, 1.0, 3)
    print(mixed.count(1), mixed.index(3), mixed.index(2.5))
    words = ("a", "b", "a")
    print(words.count("a"), words.index("b"))
    try:
        print(t.index(42))
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
