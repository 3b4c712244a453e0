"""Values that may be None: a linked list and a binary tree whose links start as None, returns, variables, parameters, containers."""
from typing import Optional


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def find(self, value):
        node = self.head
        while node is not None:
            if node.value == value:
                return node
            node = node.next
        return None

    def total(self):
        s = 0
        node = self.head
        while node:
            s += node.value
            node = node.next
        return s


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out):
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right:
            self.right.inorder(out)
        return out

    def height(self):
        lh = self.left.height() if self.left is not None else 0
        rh = self.right.height() if self.right is not None else 0
        return 1 + max(lh, rh)


def first_negative(xs) -> Optional[int]:
    for i, x in enumerate(xs):
        if x < 0:
            return i


def safe_div(a: float, b: float) -> float | None:
    if b == 0:
        return None
    return a / b


def scale(xs, factor=None):
    if factor is None:
        factor = 2.0
    return [x * factor for x in xs]


def describe(v):
    if v is None:
        return "nothing"
    return f"value {v}"


def running_max(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best


ll = LinkedList()
for v in [3, 1, 4, 1, 5]:
    ll.push(v)
print(ll.total(), ll.size)
n = ll.find(4)
print(n is None, n.value if n is not None else -1)
m = ll.find(9)
print(m is None, m)
t = Tree(5)
for k in [3, 8, 1, 4, 9, 7]:
    t.insert(k)
print(t.inorder([]), t.height())
print(first_negative([1, 2, -3]), first_negative([1, 2]))
r = first_negative([4, -1])
if r is not None:
    print("index", r + 10)
print(safe_div(1.0, 4.0), safe_div(1.0, 0.0))
q = safe_div(3.0, 2.0)
print(q == 1.5, q != None, q is not None)
print(scale([1.0, 2.0]), scale([1.0], 3.0))
print(describe(None), describe(first_negative([-5])), describe(first_negative([5])))
empty: list[float] = []
print(running_max([2.5, 9.0, 1.0]), running_max(empty))
vals = [running_max([1, 2]), None, running_max([7])]
print(vals, [v for v in vals if v is not None])
d = {"a": first_negative([-1]), "b": None}
print(d, d["a"] == 0)
x = None
for i in range(3):
    if i == 1:
        x = i * 10
print(x, str(x), repr(x), f"{x}")
print(bool(x), not x)
y = x + 1
print(y)
z = running_max(empty)
try:
    print(z + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(m.value)
except AttributeError as e:
    print("AttributeError:", e)
