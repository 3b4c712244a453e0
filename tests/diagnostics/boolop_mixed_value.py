# expect: `and`/`or` of values without a common type used as a value (7:7, 8:7): Python gives one
# of the operands, which has no single type; as a condition (9:4) it is accepted. Then a function
# reading a module variable that is assigned more than once (15:12).

name = "x"
count = 3
print(count and name)
print(count or name)
if count and name:
    print("both")
count += 1


def read_count():
    return count


print(read_count())
