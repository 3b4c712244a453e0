# type(x).__name__ of an object that may be None is refused with a located diagnostic.
class Node:
    pass


def first(nodes):
    for n in nodes:
        return n
    return None


print(type(first([Node()])).__name__)
