"""Values that may be None used as values: Python's exceptions where it is None, truth, `or`, containers."""


def lookup(table, key):
    for k, v in table:
        if k == key:
            return v
    return None


def pick(flag):
    return 2.5 if flag else None


table = [("a", 1), ("b", 2)]
hits = []
for key in ["a", "z", "b"]:
    hits.append(lookup(table, key))
print(hits, len(hits), hits.count(None))
total = 0
for h in hits:
    if h:
        total += h
print(total)
v = lookup(table, "z")
w = v or 7
print(w, v or 0, lookup(table, "b") or 0)
print(pick(True), pick(False), pick(True) == 2.5, pick(False) == 2.5, pick(False) != 1)
print(pick(True) == pick(True), pick(False) == pick(False), pick(True) != pick(False))
p = pick(False)
print(p is None, p is not None, p == None, None == p)
checks = 0
try:
    print(lookup(table, "z") < 3)
except TypeError as e:
    print("TypeError:", e)
    checks += 1
try:
    print(-lookup(table, "z"))
except TypeError as e:
    print("TypeError:", e)
    checks += 1
try:
    print(3 * pick(False))
except TypeError as e:
    print("TypeError:", e)
    checks += 1
try:
    print(f"{pick(False):.2f}")
except TypeError as e:
    print("TypeError:", e)
    checks += 1
print(f"{pick(True):.2f} {pick(False)} {pick(False)!r}", checks)
pairs = {"x": lookup(table, "a"), "y": lookup(table, "q")}
for name, value in pairs.items():
    print(name, value, value is None)
x = lookup(table, "b")
x += 40
print(x)
print(lookup(table, "q") + 1)
