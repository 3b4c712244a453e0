# expect: uses of a class hierarchy py2cpp refuses: a dunder a subclass defines and its base
# lacks (12:5), a method only a subclass has called through the base (28:11), super() in a class
# without a base (23:16), super() outside a method (31:1).


class Plain:
    def __init__(self, n):
        self.n = n


class Shown(Plain):
    def __repr__(self):
        return f"Shown({self.n})"


class Special(Plain):
    def extra(self):
        return self.n * 2


class Alone:
    def value(self):
        return super().value()


items = [Plain(1), Special(2)]
for it in items:
    print(it.extra())
print(Shown(3))
print(Alone().value())
super().value()
