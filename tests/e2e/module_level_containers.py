"""Module-level containers made empty and filled by the program and by functions."""
results = []
counts = {}
seen = set()
log = []


def record(msg):
    log.append(msg)


for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
    seen.add(word[0])
    results.append(len(word))
    record(word.upper())
print(results, sum(results))
print(counts, sorted(seen))
print(log[:3], len(log))
grid = []
for i in range(3):
    grid.append([i * j for j in range(3)])
print(grid)
