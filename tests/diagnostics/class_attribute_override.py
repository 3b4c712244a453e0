# expect: a class attribute assigned again with another type in a derived class, read on an
# object that may be of either class (14:16), and one read through an expression that is not a
# variable where a derived class assigns it again (25:7).


class Base:
    LIMIT = 1
    NAME = "base"

    def __init__(self):
        self.x = 0

    def limit(self):
        return self.LIMIT


class Derived(Base):
    LIMIT = 2.5
    NAME = "derived"


items = [Base(), Derived()]
print(items[0].limit())
print(Base.LIMIT, Derived.LIMIT)
print(items[1].NAME)
