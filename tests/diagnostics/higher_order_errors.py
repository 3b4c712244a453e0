# expect: the callable of a higher-order built-in, checked: a lambda with the wrong number of
# parameters (10:18), a key whose values do not order (11:27), a callable that is neither a lambda
# nor a function name (12:27), map() kept in a variable (13:9), key= with two positional
# arguments (14:9), a keyword sorted() with key= does not take (15:32), a method called on an
# expression (16:5).


def check(words: list[str], table: dict[str, int]) -> int:
    pairs = [(1, 2)]
    a = list(map(lambda x: x, words, words))
    b = sorted(words, key=lambda w: {w: 1})
    c = sorted(words, key=[len][0])
    m = map(len, words)
    d = max(1, 2, key=abs)
    e = sorted(words, key=len, default="")
    [3, 1].sort(key=abs)
    return len(a) + len(b) + len(c) + d + len(e) + len(pairs) + len(m) + len(table)
