"""Classes in small programs: a tree built bottom-up, a simulation with array fields, a stack."""
import numpy as np


class Node:
    """A tree node with a list of children."""

    def __init__(self, label, weight):
        self.label = label
        self.weight = weight
        self.children = []

    def add(self, child):
        self.children.append(child)
        return self

    def total(self):
        s = self.weight
        for c in self.children:
            s += c.total()
        return s

    def depth(self):
        if len(self.children) == 0:
            return 1
        return 1 + max([c.depth() for c in self.children])

    def __repr__(self):
        return "Node(%r, %d)" % (self.label, len(self.children))


class Particles:
    def __init__(self, n, dt=0.01):
        self.pos = np.zeros((n, 2))
        self.vel = np.ones((n, 2))
        self.dt = dt
        self.steps = 0

    def step(self, gravity):
        self.vel[:, 1] -= gravity * self.dt
        self.pos += self.vel * self.dt
        self.steps += 1

    def energy(self):
        return 0.5 * float(np.sum(self.vel ** 2))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def peek(self):
        return self.items[-1]


def build_tree():
    root = Node("root", 1)
    left = Node("left", 2).add(Node("ll", 4)).add(Node("lr", 5))
    root.add(left)
    root.add(Node("right", 3))
    return root


def simulate(n, steps):
    p = Particles(n)
    for _ in range(steps):
        p.step(9.81)
    return p


def rpn(tokens):
    st = Stack()
    for t in tokens:
        if t == "+":
            b = st.pop()
            a = st.pop()
            st.push(a + b)
        elif t == "*":
            b = st.pop()
            a = st.pop()
            st.push(a * b)
        else:
            st.push(float(t))
    return st.pop()


tree = build_tree()
print(tree, tree.children, tree.total(), tree.depth())
nodes = [tree] + tree.children
nodes.sort(key=lambda nd: nd.weight)
print([nd.label for nd in nodes], sum(nd.weight for nd in nodes))
heaviest = max(nodes, key=lambda nd: nd.total())
print(heaviest.label, heaviest.total())

sim = simulate(4, 10)
print(sim.steps, sim.pos[0], round(sim.energy(), 6), sim.dt)
other = Particles(2, dt=0.5)
other.step(1.0)
print(other.pos, other.vel)

print(rpn("3 4 + 2 *".split()))
try:
    rpn(["+"])
except IndexError as e:
    print("IndexError:", e)
s = Stack()
s.push(1.5)
print(s.peek(), s.pop(), s.items)
