"""e.args of built-in and user-defined exceptions: str(e), repr(e) and e.args with no argument,
one, several and arguments of mixed types, indexing, len, exceptions the runtime raises, and an
uncaught exception with several arguments."""


class AppError(Exception):
    pass


class Detailed(AppError):
    def __init__(self, what, where):
        super().__init__(what, where)
        self.where = where


def parse(text):
    return int(text)


def fail(kind):
    if kind == 0:
        raise ValueError()
    if kind == 1:
        raise ValueError("one")
    if kind == 2:
        raise ValueError("a", 2)
    if kind == 3:
        raise ValueError(3.5)
    if kind == 4:
        raise ValueError("")
    return parse("x" * kind)


for kind in range(6):
    try:
        fail(kind)
    except ValueError as e:
        print(kind, repr(str(e)), "|", repr(e), "|", e.args, len(e.args))

# One type at each index: e.args[i] is a value of that type.
for k in range(3):
    try:
        if k == 0:
            raise AppError("first", 1)
        if k == 1:
            raise AppError("second", 20)
        raise Detailed("third", 300)
    except AppError as e:
        print(e.args[0].upper(), e.args[1] + 1, e.args[-1] * 2, len(e.args), e.args)

try:
    raise Detailed("disk", 7)
except Detailed as e:
    print(str(e), repr(e), e.args, e.where)
    name, number = e.args
    print(name, number + 1)

try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, str(e) == "")

try:
    raise AppError()
except Exception as e:
    print(repr(e), e.args)

# Exceptions the runtime raises: their message is their one argument.
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(e.args, e.args[0], repr(e))
try:
    [1, 2, 3][10]
except IndexError as e:
    print(e.args, len(e.args))
try:
    d = {"a": 1}
    print(d["zz"])
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("k", 2)
except LookupError as e:
    print(str(e), repr(e), e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)

# Mixed argument types: printed whole as Python prints them.
for k in range(3):
    try:
        if k == 0:
            raise RuntimeError("x", 1.5, None, [1, 2])
        if k == 1:
            raise RuntimeError(True)
        raise RuntimeError("plain")
    except RuntimeError as e:
        print(e.args, str(e.args), str(e), repr(e))
        print(f"{e} / {e!r}")

try:
    raise TypeError("bad", ("nested", 1))
except TypeError as e:
    print(e, e.args)


# Objects among the arguments, a class attribute read through a handler of a base, a raise in a method.
class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"


class GraphError(Exception):
    KIND = "graph"

    def __init__(self, node, depth):
        super().__init__(f"bad node {node.name}", node)
        self.node = node
        self.depth = depth


class Walker:
    def __init__(self):
        self.seen = 0

    def visit(self, node, depth):
        self.seen += 1
        if depth > 2:
            raise GraphError(node, depth)
        return self.visit(Node(node.name + "!"), depth + 1) if depth < 10 else depth


w = Walker()
try:
    w.visit(Node("a"), 0)
except Exception as e:
    print(e, e.KIND, e.node, e.depth, e.args, repr(e))
    print(w.seen)
try:
    w.visit(Node("b"), 1)
except GraphError as e:
    print(e.node.name, e.KIND, GraphError.KIND, e.args[1].name)
print(f"{GraphError(Node('z'), 0)!r}")

raise ValueError("final", 2, 3.0)
