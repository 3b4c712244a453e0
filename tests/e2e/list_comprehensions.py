"""List comprehensions and generator expressions: filters, nested clauses, nested comprehensions,
module constants, their own scope, and generator expressions consumed by sum/max/any/sorted."""
SQUARES = [i * i for i in range(6)]
PRIMES = [2, 3, 5]


def pairs(n):
    return [(i, j) for i in range(n) for j in range(i) if (i + j) % 2 == 1]


def record(x):
    PRIMES.append(x)


def main():
    xs = [1.5, -2.0, 3.25, 0.0]
    pos = [x for x in xs if x > 0]
    print(pos, SQUARES)
    print(pairs(4))
    grid = [[r * 3 + c for c in range(3)] for r in range(2)]
    print(grid)
    print(sum(x * x for x in xs), max(abs(x) for x in xs), any(x < 0 for x in xs))
    words = ["apple", "kiwi", "banana"]
    lens = [len(w) for w in words]
    print(lens, sorted(len(w) for w in words))
    flat = [v for row in grid for v in row]
    print(flat)
    names = [f"{i}:{w}" for i, w in enumerate(words)]
    print(names)
    record(7)
    print(PRIMES)
    x = 10
    ys = [x for x in range(3)]
    print(x, ys)
    empty = [y for y in xs if y > 100]
    print(empty, len(empty))


if __name__ == "__main__":
    main()
