"""Popping more items than a heap holds: heapq.heappop of an empty list raises CPython's
IndexError('index out of range') (the C module's message, not list.pop's) after the items come
out in order."""
import heapq

if __name__ == "__main__":
    heap: list[float] = []
    for x in [2.5, -1.0, 7.25, 0.5]:
        heapq.heappush(heap, x)
    for _ in range(5):
        print(heapq.heappop(heap), heap)
