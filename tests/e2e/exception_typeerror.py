# Validating a "mode" argument; an unknown mode raises TypeError.

#pythran export convert(float, str)


def convert(value, unit):
    if unit == "km":
        return value / 1000.0
    if unit == "cm":
        return value * 100.0
    if unit == "m":
        return value
    raise TypeError("unsupported unit '" + unit + "'")


if __name__ == "__main__":
    print(convert(1500.0, "km"))
    print(convert(1.5, "cm"))
    print(convert(2.0, "m"))
    print(convert(3.0, "ft"))
