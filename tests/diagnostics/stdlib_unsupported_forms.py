# expect: the forms of random, bisect and heapq the tables refuse, each located: a str seed (9:1),
# shuffling a set (10:1), key= functions of bisect and heapq (11:41, 12:37), a tuple as a heap
# (13:1), choice of an int (14:7).
import bisect
import heapq
import random

values = [3, 1, 2]
random.seed("a string seed")
random.shuffle({1, 2, 3})
print(bisect.bisect_left(values, 2, key=lambda v: -v))
print(heapq.nlargest(2, values, key=lambda v: -v))
heapq.heappush((1, 2), 3)
print(random.choice(42))
