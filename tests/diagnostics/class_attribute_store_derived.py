# Assigning a class attribute through a derived class makes a new attribute of it in Python: refused.
class Base:
    count = 0


class Derived(Base):
    pass


Derived.count += 1
Derived.total = 5
print(Base.count)
