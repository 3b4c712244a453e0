"""d.get(k) without a default, max/min(default=None): values that may be None from the library."""
from collections import Counter, defaultdict


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __repr__(self):
        return f"Job({self.name!r}, {self.cost})"


ages = {"ann": 31, "bob": 27}
print(ages.get("ann"), ages.get("zed"), ages.get("zed", None))
a = ages.get("bob")
if a is not None:
    print("bob is", a + 0)
print(ages.get("zed") is None, ages.get("ann") == 31)
names = {1: "one", 2: "two"}
for k in range(4):
    v = names.get(k)
    print(k, v, v or "?", len(v) if v is not None else 0)
jobs = {"a": Job("a", 3.5)}
j = jobs.get("a")
print(j, j.cost, jobs.get("b"))
counts = Counter("abracadabra")
print(counts.get("a"), counts.get("z"))
groups = defaultdict(list)
groups["x"].append(1)
print(groups.get("x"), groups.get("y"))
print(max([3, 9, 2], default=None), max([], default=None), min([2.5, 1.5], default=None))
empty: list[float] = []
print(min(empty, default=None))
best = max([Job("p", 1.0), Job("q", 2.0)], key=lambda job: job.cost, default=None)
print(best)
try:
    print(ages.get("zed") + 1)
except TypeError as e:
    print("TypeError:", e)
