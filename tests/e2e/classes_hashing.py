"""Objects as dict keys and set members: by identity, or by __eq__/__hash__; unhashable with __eq__ alone."""


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def link(self, other, weight):
        self.edges.append((other, weight))


class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return self.a == other.a and self.b == other.b

    def __hash__(self):
        return hash((self.a, self.b))


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


def shortest(start, nodes):
    dist = {n: 1e9 for n in nodes}
    dist[start] = 0.0
    todo = [start]
    while todo:
        cur = todo.pop(0)
        for nxt, w in cur.edges:
            if dist[cur] + w < dist[nxt]:
                dist[nxt] = dist[cur] + w
                todo.append(nxt)
    return dist


a, b, c, d = Node("a"), Node("b"), Node("c"), Node("d")
a.link(b, 1.0)
a.link(c, 4.0)
b.link(c, 2.0)
c.link(d, 1.5)
dist = shortest(a, [a, b, c, d])
print([(n.name, dist[n]) for n in dist])
seen = {a, b}
print(a in seen, c in seen, len(seen | {a, c}))

table = {Key(1, 2): "x", Key(3, 4): "y"}
print(table[Key(1, 2)], Key(3, 4) in table, Key(5, 6) in table, len({Key(1, 1), Key(1, 1)}))
try:
    bad = {Loose(1): 1}
except TypeError as e:
    print("TypeError:", e)
