# expect: error at 5:5: 'with' statements are not supported (open() at 5:10 and the method call f.readline() at 6:16 are unsupported too)


def first_line(path: str) -> str:
    with open(path) as f:
        return f.readline()
