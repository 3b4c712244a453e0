"""Module-level names bound more than once (augmented assignment, loops, except) stay variables,
and module constants that call functions run where the program reaches them."""


def announce(tag):
    print("announce", tag)
    return len(tag)


total = 1
total += 2
print("start")
size = announce("abc")
items = [1, 2]
items.append(size)
count = len(items)
for i in range(3):
    last = i
try:
    bad = int("x")
except ValueError as err:
    print("caught", err)


def report():
    return size * 10 + len(items)


print(total, size, items, count, last, report())
