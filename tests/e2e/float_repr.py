"""Printing floats uses the shortest string that round-trips (repr)."""


def show(label: str, x: float) -> None:
    print(label, x)


def strs(x: float) -> str:
    return "str=" + str(x) + " f=" + f"{x}"


if __name__ == "__main__":
    show("0.1+0.2", 0.1 + 0.2)
    show("0.1*3", 0.1 * 3)
    show("1.1*1.1", 1.1 * 1.1)
    show("1/3", 1 / 3)
    show("2/3", 2 / 3)
    show("1e15", 1e15)
    show("1e16", 1e16)
    show("1e22", 1e22)
    show("1e23", 1e23)
    show("1e-4", 1e-4)
    show("1e-5", 1e-5)
    show("0.00012345", 0.00012345)
    show("123456789.123456789", 123456789.123456789)
    show("2**53+1", 9007199254740993.0)
    show("max", 1.7976931348623157e308)
    show("min normal", 2.2250738585072014e-308)
    show("min subnormal", 5e-324)
    show("zero", 0.0)
    show("neg zero", -0.0)
    show("neg zero product", -1.0 * 0.0)
    show("whole", 3.0)
    show("neg", -1.5)
    show("1e100", 1e100)
    show("big", 12345678901234567890.0)
    show("inf", 1e308 * 10.0)
    show("-inf", -1e308 * 10.0)
    show("nan", 1e308 * 10.0 - 1e308 * 10.0)
    show("int/int", 10 / 2)
    show("7/10", 7 / 10)
    show("sum", 0.1 + 0.7)
    print(strs(0.5), strs(1e-7), strs(-2.5e-10), strs(1e16 + 2.0))
    print(1.0, 10.0, 100.0, 1000000.0, 0.001, 0.0001, 0.00001)
    print(float(2 ** 62), float(-7), float(10 ** 17))
