"""List- and dict-heavy plain Python (no NumPy): a prime sieve, n-queens by backtracking, a tally
of words with lists and one with a dict, a histogram in a dict keyed by tuples, and list
comprehensions over a grid. Prints its results; bench/lists_bench.py times
the whole process, under Python and as C++."""


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    for i in range(2, limit):
        if is_prime[i]:
            for multiple in range(i * i, limit, i):
                is_prime[multiple] = False
    return [n for n in range(limit) if is_prime[n]]


def queens(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.append(col)
        diag1.append(row + col)
        diag2.append(row - col)
        count += queens(n, row + 1, cols, diag1, diag2)
        cols.pop()
        diag1.pop()
        diag2.pop()
    return count


def tally(words):
    seen = []
    counts = []
    for word in words:
        if word in seen:
            counts[seen.index(word)] += 1
        else:
            seen.append(word)
            counts.append(1)
    return sorted(zip(counts, seen), reverse=True)[:3]


def dict_tally(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    best = sorted([(c, w) for w, c in counts.items()], reverse=True)
    return len(counts), best[:3]


def pair_histogram(n):
    bins = {}
    for i in range(n):
        key = (i * 7919 % 97, i * 104729 % 13)
        if key in bins:
            bins[key] += 1
        else:
            bins[key] = 1
    return len(bins), bins[(0, 0)]


def grid_sums(n):
    grid = [[(r * 7 + c * 13) % 101 for c in range(n)] for r in range(n)]
    rows = [sum(row) for row in grid]
    cols = [sum(grid[r][c] for r in range(n)) for c in range(n)]
    return max(rows), min(cols)


def main():
    primes = sieve(5000000)
    print(len(primes), primes[-1])
    print(queens(10, 0, [], [], []))
    text = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs " * 20000
    print(tally(text.split()))
    numbered = [w + str(i % 5000) for i, w in enumerate(text.split())]
    print(dict_tally(numbered))
    print(pair_histogram(1000000))
    print(grid_sums(1200))


if __name__ == "__main__":
    main()
