# Columns count characters on lines with non-ASCII text: the carets sit under the constructs.
def f(x: float) -> float:
    étiquette = "température °C"; d = {"ü", x}
    return x


print(f(1.0))
