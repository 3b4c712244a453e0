"""The heapq module, leaving lists in CPython's layout: the heap printed after every heappush,
heappop/heapreplace/heappushpop, heapify of short and long lists (the C module's cache-friendly
order for more than 2500 items builds the same heap), heaps of floats, strs and (priority, name)
tuples, a heap sort, Dijkstra on a small graph, nsmallest/nlargest on every path of heapq.py
(n == 1, n >= len, a bounded heap with ties and signed zeros, an iterator without a len, n <= 0),
and the empty-heap IndexErrors."""
import heapq
from heapq import heappop, heappush


def heap_sort(values: list[int]) -> list[int]:
    h: list[int] = []
    for v in values:
        heappush(h, v)
    return [heappop(h) for _ in range(len(h))]


def dijkstra(graph: dict[str, list[tuple[str, int]]], source: str) -> dict[str, int]:
    dist: dict[str, int] = {source: 0}
    queue: list[tuple[int, str]] = [(0, source)]
    while queue:
        d, node = heappop(queue)
        if d > dist.get(node, 10**9):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, 10**9):
                dist[nxt] = nd
                heappush(queue, (nd, nxt))
    return dist


def main() -> None:
    h: list[int] = []
    for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4, 1]:
        heapq.heappush(h, x)
        print(h)
    print(heapq.heappop(h), h)
    print(heapq.heapreplace(h, 10), h)
    print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 5), h)
    data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 3, 3, 12, -4]
    heapq.heapify(data)
    print(data)
    for n in [2500, 2501, 3000, 7777]:
        big = [(i * 7919) % 1013 for i in range(n)]
        heapq.heapify(big)
        print(n, big[:12], sum(i * v for i, v in enumerate(big)))
    fh = [3.5, -0.0, 2.25, 0.0, -7.5, 1e300]
    heapq.heapify(fh)
    heapq.heappush(fh, -0.0)
    print(fh, heapq.heappop(fh), fh)
    sh = ["pear", "apple", "fig", "kiwi", "banana"]
    heapq.heapify(sh)
    print(sh, heapq.heappushpop(sh, "cherry"), heapq.heapreplace(sh, "zucchini"), sh)
    tasks: list[tuple[int, str]] = []
    for p, name in [(3, "write"), (1, "read"), (2, "sleep"), (1, "eat"), (2, "code")]:
        heapq.heappush(tasks, (p, name))
    print(tasks)
    while tasks:
        print(heapq.heappop(tasks))
    print(heap_sort([(i * 37) % 23 - 11 for i in range(30)]))
    graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("a", 7), ("c", 10), ("d", 15)],
             "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)], "d": [("b", 15), ("c", 11), ("e", 6)],
             "e": [("d", 6), ("f", 9)], "f": [("a", 14), ("c", 2), ("e", 9)]}
    print(sorted(dijkstra(graph, "a").items()))
    xs = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    print(heapq.nsmallest(3, xs), heapq.nlargest(3, xs), heapq.nsmallest(1, xs), heapq.nlargest(1, xs))
    print(heapq.nsmallest(20, xs), heapq.nlargest(11, xs), heapq.nlargest(0, xs), heapq.nsmallest(-2, xs))
    print(heapq.nlargest(1, []), heapq.nsmallest(3, []), heapq.nsmallest(10, (3, 1, 2)), heapq.nlargest(2, range(10, 0, -3)))
    zs = [0.0, -0.0, 1.5, -0.0, 0.0, 2.5, 1.5, -0.0]
    print(heapq.nlargest(4, zs), heapq.nsmallest(4, zs), heapq.nsmallest(1, zs), heapq.nlargest(1, zs))
    print(heapq.nlargest(3, "hello world"), heapq.nsmallest(2, enumerate("heapq")), heapq.nlargest(4, zip(xs, "abcdefghijk")))
    print(heapq.nsmallest(4, [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]))
    for attempt in range(3):
        try:
            empty: list[int] = []
            if attempt == 0:
                print(heapq.heappop(empty))
            elif attempt == 1:
                print(heapq.heapreplace(empty, 1))
            else:
                print(heapq.heappushpop(empty, 1), empty)
        except IndexError as e:
            print(attempt, repr(e))


if __name__ == "__main__":
    main()
