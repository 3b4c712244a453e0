"""An inventory: a dict of objects, an exception class, sorting objects by a computed key, f-string layout."""
class InsufficientFunds(Exception):
    pass


class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        self.log.append("add " + item.name)

    def remove(self, name, qty):
        if name not in self.items:
            raise KeyError(name)
        it = self.items[name]
        if it.qty < qty:
            raise InsufficientFunds(f"only {it.qty} of {name}")
        it.qty -= qty
        if it.qty == 0:
            del self.items[name]

    def value(self):
        return sum(it.total() for it in self.items.values())

    def report(self):
        lines = []
        for it in sorted(self.items.values(), key=lambda i: (-i.total(), i.name)):
            lines.append(f"{it.name:<8}{it.qty:>4}{it.total():>10.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("apple", 0.5, 10))
inv.add(Item("pear", 0.75, 4))
inv.add(Item("apple", 0.5, 5))
inv.add(Item("melon", 3.0))
print(inv.report())
print(round(inv.value(), 2), len(inv.items), inv.log)
for name, qty in [("pear", 4), ("melon", 2), ("kiwi", 1)]:
    try:
        inv.remove(name, qty)
        print("removed", qty, name)
    except InsufficientFunds as e:
        print("insufficient:", e)
    except KeyError as e:
        print("missing:", e)
print(list(inv.items.values()))
