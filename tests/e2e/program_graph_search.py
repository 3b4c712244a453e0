"""A small graph toolkit written the way scripts are: an edge list parsed from text into a
defaultdict(list) adjacency map, breadth-first distances with a visited set, connected components,
a topological order by Kahn's algorithm with a Counter of in-degrees, cycle detection with a
colour dict, and a degree histogram printed with %-formatting."""
from collections import Counter, defaultdict

EDGES = """
a b
a c
b d
c d
d e
f g
g h
h f
x y
"""


def parse_edges(text: str) -> list[tuple[str, str]]:
    edges = []
    for line in text.strip().splitlines():
        parts = line.split()
        if len(parts) == 2:
            edges.append((parts[0], parts[1]))
    return edges


def adjacency(edges: list[tuple[str, str]], directed: bool) -> defaultdict[str, list[str]]:
    graph = defaultdict(list)
    for u, v in edges:
        graph[u].append(v)
        if not directed:
            graph[v].append(u)
        else:
            graph[v]  # every node gets an entry, possibly empty
    return graph


def bfs_distances(graph: defaultdict[str, list[str]], start: str) -> dict[str, int]:
    dist = {start: 0}
    queue = [start]
    seen = {start}
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def components(graph: defaultdict[str, list[str]]) -> list[list[str]]:
    seen: set[str] = set()
    result = []
    for node in sorted(graph.keys()):
        if node in seen:
            continue
        stack = [node]
        part = []
        seen.add(node)
        while stack:
            cur = stack.pop()
            part.append(cur)
            for nxt in graph[cur]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        result.append(sorted(part))
    return result


def topological_order(graph: defaultdict[str, list[str]]) -> list[str]:
    indegree = Counter()
    for node in graph:
        indegree[node] += 0
        for nxt in graph[node]:
            indegree[nxt] += 1
    ready = sorted(n for n in graph if indegree[n] == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for nxt in graph[node]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
        ready.sort()
    return order


def has_cycle(graph: defaultdict[str, list[str]]) -> bool:
    colour = {n: 0 for n in graph}
    for root in sorted(colour):
        if colour[root] != 0:
            continue
        stack = [(root, 0)]
        while stack:
            node, i = stack.pop()
            if i == 0:
                colour[node] = 1
            children = graph[node]
            if i < len(children):
                stack.append((node, i + 1))
                nxt = children[i]
                if colour[nxt] == 1:
                    return True
                if colour[nxt] == 0:
                    stack.append((nxt, 0))
            else:
                colour[node] = 2
    return False


def main() -> None:
    edges = parse_edges(EDGES)
    undirected = adjacency(edges, False)
    directed = adjacency(edges, True)
    print("nodes:", len(undirected), "edges:", len(edges))
    print("distances from a:", bfs_distances(undirected, "a"))
    for part in components(undirected):
        print("component", "-".join(part))
    print("topological (acyclic part):", topological_order(directed))
    print("cycle:", has_cycle(directed))
    degrees = Counter({n: len(vs) for n, vs in undirected.items()})
    histogram = Counter(degrees.values())
    for degree, count in sorted(histogram.items()):
        print("%-8s %3d %s" % ("deg=%d" % degree, count, "#" * count))
    print(degrees.most_common(3))
    leaves = {n for n, d in degrees.items() if d == 1}
    print(sorted(leaves), leaves <= set(undirected))


if __name__ == "__main__":
    main()
