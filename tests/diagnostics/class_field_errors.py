# expect: object fields and methods checked: a field no assignment gives (13:25), a field
# assigned a str and a float (16:9), ordering objects without __lt__ (23:7), adding objects
# without __add__ (24:5), a method used as a value (25:5), a method the class lacks (26:1), too many
# arguments for __init__, counted as CPython counts them, the object included (27:1).


class P:
    def __init__(self, x):
        self.x = x
        self.name = "p"

    def area(self):
        return self.x * self.y_missing

    def rename(self, v):
        self.name = v * 2.0


p = P(1.0)
q = P(2.0)
print(p.area())
p.rename(3.0)
print(p < q)
d = p + q
f = p.area
p.grow()
P(1.0, 2.0)
