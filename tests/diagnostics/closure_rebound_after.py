# expect: error at 6:5: the nested function captures 'k', which is assigned again at line 8 after
# the function is made (Python would read the new value when it is called).


def scaled(k):
    def f(x):
        return k * x
    k = 2
    return f(1)


print(scaled(1))
