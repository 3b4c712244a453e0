"""More str methods (title capitalize swapcase isalnum isupper islower splitlines partition
rpartition rsplit) and int(s, base), compared with CPython, errors included."""


def try_int(text, base):
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)


if __name__ == "__main__":
    for s in ["hello world", "they're bill's friends", "HELLO", "mIxEd 42abc", "", "x2y"]:
        print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.isalnum(), s.isupper(), s.islower())
    print("abc123".isalnum(), "abc 123".isalnum(), "123".isupper(), "A1".isupper(), "a1".islower())
    text = "line one\nline two\r\nline three\rfour\x0bfive\x0c\n\nlast"
    print(text.splitlines())
    print(text.splitlines(True))
    print("".splitlines(), "\n".splitlines(), "no break".splitlines(), "a\u2028b\x85c".splitlines())
    print("key=value=more".partition("="), "key=value=more".rpartition("="))
    print("nothing".partition("="), "nothing".rpartition("="))
    print("  a b  c  ".rsplit(), "  a b  c  ".rsplit(None, 1), "a,b,,c".rsplit(","), "a,b,,c".rsplit(",", 2))
    print("aaa".rsplit("aa"), "x".rsplit(","), "".rsplit(), "".rsplit(","))
    try:
        print("abc".partition(""))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print("abc".rsplit(""))
    except ValueError as e:
        print("ValueError:", e)
    for text, base in [("ff", 16), ("0xff", 16), ("0x_ff", 16), ("z", 36), ("10", 2), ("0b101", 0), (" -0o17 ", 0),
                       ("1_000", 10), ("000", 0), ("7fffffffffffffff", 16), ("-8000000000000000", 16)]:
        try_int(text, base)
    for text, base in [("0x", 16), ("010", 0), ("1__0", 10), ("_1", 10), ("0x1", 10), ("9", 8), ("", 10), ("12", 1), ("12", 37)]:
        try_int(text, base)
