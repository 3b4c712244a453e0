# expect: a function passed to a library function (print at 14:11, str at 15:13), compared (16:12),
# and a closure called right where it is made (20:12).


def square(x):
    return x * x


def make_adder(a):
    return lambda x: x + a


def show():
    print(square)
    s = str(square)
    return square == square


def at_once():
    return make_adder(2)(3)


print(show(), at_once())
