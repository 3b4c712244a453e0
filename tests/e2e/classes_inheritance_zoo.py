"""Inheritance: an abstract base, overrides returning other number types, a three-level chain,
dunders inherited, objects of subclasses in dicts and sorted lists."""


class Animal:
    count = 0

    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def sound(self):
        raise NotImplementedError("subclasses make sounds")

    def speak(self):
        return f"{self.name} says {self.sound()}"

    def weight(self):
        return 1.0

    def __str__(self):
        return f"<{self.name}/{self.legs}>"

    def __lt__(self, other):
        return self.weight() < other.weight()

    def __eq__(self, other):
        return self.name == other.name

    def __hash__(self):
        return hash(self.name)


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, 4)
        self.tricks = []

    def sound(self):
        return "woof"

    def weight(self):
        return 12.5

    def learn(self, trick):
        self.tricks.append(trick)
        return len(self.tricks)


class Puppy(Dog):
    def sound(self):
        return super().sound() + " (squeaky)"

    def weight(self):
        return 2.0


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name, 2)

    def sound(self):
        return "tweet"


zoo = [Dog("rex"), Bird("tweety"), Puppy("bit"), Dog("ace")]
for a in zoo:
    print(a.speak(), a.weight(), str(a))
print(sorted(zoo)[0], max(zoo), min(zoo))
print([str(a) for a in sorted(zoo)])
d = Dog("rex")
print(d.learn("sit"), d.learn("roll"), d.tricks, zoo[0] == d, zoo[1] == d)
pets = {zoo[0]: "first", zoo[2]: "third"}
print(pets[d], len(pets), d in pets, Bird("x") in pets)
p = Puppy("tiny")
print(p.learn("beg"), p.speak(), isinstance(p, Dog), isinstance(p, Bird))
generic = Animal("thing", 0)
try:
    print(generic.speak())
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Animal.count, Dog.count)
