# Python names that are C++ keywords, or macros of the C/C++ headers the generated code includes,
# as variables, parameters and functions: py2cpp renames them in the C++, the program is unchanged.
import math


def new(delete: int, template: int) -> int:
    auto = delete + template
    return auto


def assert_(x):
    return x * 2


def errno(EOF: int, NULL: int) -> int:
    return EOF * 10 + NULL


def main():
    true = 1
    false = 0
    M_PI = 3
    linux = 4
    unix = 5
    stdin = 6
    major = 7
    minor = 8
    BUFSIZ = 9
    int = 10
    class_ = 11
    assert_value = assert_(true + false)
    print(true, false, M_PI, linux, unix, stdin, major, minor, BUFSIZ, int, class_)
    print(new(2, 3), errno(4, 5), assert_value, math.pi > M_PI)
    for delete in range(3):
        print(delete, new(delete, 1))


main()
