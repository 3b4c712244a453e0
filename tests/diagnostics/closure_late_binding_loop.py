# expect: error at 8:19: a lambda made in a loop captures the loop's variable 'i', which the loop
# assigns again (Python's late binding would make every lambda see 2).


def make_all():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return len(fs)


print(make_all())
