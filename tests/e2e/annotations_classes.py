"""Annotations as real programs write them: classes (`p: Point`, `-> Chain`, `list[Node]`,
`Optional["Node"]`), annotated fields (`self.x: int = ...`), and annotations py2cpp has no type
for (`np.ndarray`, `Dict[str, Any]`), which are ignored as Python ignores them."""
from typing import Optional, List, Dict, Any
import numpy as np


class Node:
    def __init__(self, value: int):
        self.value: int = value
        self.next: Optional["Node"] = None
        self.tags: List[str] = []
        self.weights: np.ndarray = np.zeros(3)
        self.meta: Dict[str, Any] = {}


class Chain:
    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.size: int = 0

    def push(self, value: int) -> Node:
        node: Node = Node(value)
        node.next = self.head
        self.head = node
        self.size += 1
        return node


def build(n: int) -> Chain:
    c: Chain = Chain()
    for i in range(n):
        n2: Node = c.push(i)
        n2.tags.append(str(i))
        n2.weights[i % 3] = 1.5
    return c


def main() -> None:
    c = build(4)
    total: float = 0.0
    node: Optional[Node] = c.head
    while node is not None:
        total += node.value + float(node.weights.sum())
        print(node.value, node.tags, node.weights)
        node = node.next
    arr: np.ndarray = np.arange(4.0)
    nodes: list[Node] = []
    nodes.append(Node(7))
    print(total, c.size, arr * 2, len(nodes), nodes[0].value)


if __name__ == "__main__":
    main()
