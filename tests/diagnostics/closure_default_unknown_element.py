# expect: error at 7:26: a nested function's default value is an empty list whose element type
# nothing fixes where the function is made (annotating the parameter would).


def make_counter():
    # Python evaluates `seen=[]` once, when the def runs: the calls share that list.
    def count(item, seen=[]):
        seen.append(item)
        return len(seen)
    return count


def main():
    counter = make_counter()
    print(counter(1.5))


main()
