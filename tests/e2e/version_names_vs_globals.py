"""A later version of a variable (`x = 5` then `x = "s"`) is renamed in C++; the new name must not
shadow a module constant or a function whose Python name it happens to be (`x_1`, `y_1`)."""


def y_1() -> int:
    return 7


x_1 = 3


def g() -> None:
    y = 1.5
    print(y)
    y = "text"
    print(y, y_1(), x_1)


x = 5
print(x)
x = "s"
print(x, x_1, y_1())
g()
