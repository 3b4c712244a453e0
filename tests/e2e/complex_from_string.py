"""complex(str): CPython's grammar (parentheses, a lone j, exponents, inf/nan, underscores) and its two ValueError messages."""
for text in ["1+2j", " (1-2.5j) ", "3", "-j", "j", "+J", "1e5-1e-5j", "-1E+3+4e2j", "inf-nanj", "1_000+2_0j", "(  2j )", "0.5", "-0", "1+j", "1-j",
             "", "1 + 2j", "1+2", "j1", "1+2jj", "((1+2j))", "1__0j", "abc", "+", "1e", "(1+2j", "1+-2j"]:
    try:
        print(repr(text), complex(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)
