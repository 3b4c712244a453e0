# expect: a function passed to a library function (print at 10:11, str at 11:13), and two
# function values compared (12:12).


def square(x):
    return x * x


def show():
    print(square)
    s = str(square)
    return square == square


print(show())
