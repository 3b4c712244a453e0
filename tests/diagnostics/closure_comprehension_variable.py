# expect: error at 5:11: a lambda in a comprehension captures the comprehension's variable 'i'.


def make_all():
    fs = [lambda: i for i in range(3)]
    return len(fs)


print(make_all())
