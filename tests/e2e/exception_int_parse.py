"""Parsing integers from string constants; the last one is not a number."""


def parse_and_double(text: str) -> int:
    return 2 * int(text)


if __name__ == "__main__":
    print(parse_and_double("21"))
    print(parse_and_double("-7"))
    print(parse_and_double("  100 "))
    print(parse_and_double("12abc"))
