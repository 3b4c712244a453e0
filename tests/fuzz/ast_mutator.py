"""Grammar-aware mutations of Python source for the libFuzzer harnesses (b) and (c).

Loaded into the harness's embedded CPython by ast_mutator.hpp; libFuzzer calls `mutate` and
`crossover` through LLVMFuzzerCustomMutator / LLVMFuzzerCustomCrossOver.

Contract: `mutate(data, seed, max_size)` returns new source bytes (valid Python syntax whenever
`data` parses: the result comes from `ast.unparse`) no longer than `max_size`, or None when it has
nothing to offer (the input does not parse, or every attempt grew past `max_size`); the harness
then falls back to libFuzzer's byte-level mutator. Deterministic for a given (data, seed, pool):
the pool of expressions, statements and functions grows from every input seen, so the corpus's
pieces (NumPy calls, slices, f-strings...) get recombined into other programs.

Mutations are the ones that reach the stages after parsing with something new: replace an
expression (by a pooled one, a name of the module, an interesting constant, or a wrapped form),
change an operator, insert/delete/duplicate/replace a statement, splice in a function from
another program. Comment lines `#pythran export` / `#setup:` / `#run:` are kept at the top
(ast.unparse drops comments and the pipeline reads the export lines).
"""
import ast
import copy
import random

POOL_LIMIT = 3000

INTERESTING_CONSTANTS = [
    0, 1, -1, 2, 3, 7, 10, 255, 2**31 - 1, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64, 10**30,
    0.0, -0.0, 0.5, -1.5, 1e-300, 5e-324, 1e308, 1.7976931348623157e308, 1e309, 3.141592653589793,
    True, False, None, "", "a", "{}", "%d", "\u00e9\n",
]

# Fragments seeded into the pool so that mutations can introduce constructs absent from a seed.
SNIPPET_EXPRS = [
    "np.zeros(3)", "np.ones((2, 3))", "np.arange(6).reshape(2, 3)", "np.array([1.0, 2.0, 3.0])",
    "np.array([[1, 2], [3, 4]])", "np.linspace(0.0, 1.0, 5)", "np.eye(3)", "a[::-1]", "a[1:-1]", "a[:, 0]",
    "a[:, None]", "a.T", "a @ b", "a[a > 0]", "np.sum(a, axis=0)", "np.mean(a, axis=1, keepdims=True)",
    "a.astype(np.float32)", "np.where(a > 0, a, 0.0)", "np.sqrt(np.abs(a))", "np.dot(a, b)",
    "np.linalg.norm(a)", "np.concatenate([a, b])", "a.shape[0]", "a.size", "len(a)", "math.sqrt(x)",
    "math.floor(x)", "math.log(x, 2)", "int(x)", "float(x)", "bool(x)", "str(x)", "abs(x)", "round(x, 2)",
    "max(x, y)", "min(x, y, 3)", "x // y", "x % y", "x ** y", "-x ** 2", "not x", "x and y", "x or y",
    "x if x > 0 else y", "0 < x <= y < 10", "f'{x:.3f} {y!r}'", "f'{x:>8}'", "(x, y)", "range(10)",
    "range(x, y, -1)", "sys.argv", "slice(1, None, 2)", "print(x, y, sep=', ', end='')", "x is None",
    "float('nan')", "float('inf')", "1 / 0", "2 ** -1", "10 ** 20", "a[0][1]", "a[-1, -1]",
    "np.float32(1.5)", "np.int32(3)", "np.float64(2.0) * a", "np.maximum(a, 0)", "a.sum()", "a.max(axis=0)",
]
SNIPPET_STMTS = [
    "import numpy as np", "import math", "import sys", "from math import sqrt", "x = 1", "x += 1.5",
    "a[0] = 1.0", "a[1:3] = 0", "a[:, 0] = b", "x, y = (y, x)", "return x", "return (x, a)", "pass", "break",
    "continue", "print(x)", "assert x > 0, 'x'", "raise ValueError('bad value')",
    "for i in range(3):\n    x += i", "for row in a:\n    print(row)", "while x < 10:\n    x *= 2",
    "if x:\n    y = 1\nelif y:\n    y = 2\nelse:\n    y = 3",
    "def g(x, y=2.0, *, z=None):\n    return x * y",
    "def h(a: np.ndarray, n: int) -> float:\n    return float(np.sum(a[:n]))",
    "if __name__ == '__main__':\n    print(f(1.0))",
]

_exprs, _stmts, _functions = [], [], []
_seeded = False


def _remember(pool, node, rng):
    if len(pool) < POOL_LIMIT:
        pool.append(node)
    else:
        pool[rng.randrange(POOL_LIMIT)] = node


def _seed_pools(rng):
    global _seeded
    if _seeded:
        return
    _seeded = True
    for text in SNIPPET_EXPRS:
        _exprs.append(ast.parse(text, mode="eval").body)
    for text in SNIPPET_STMTS:
        _stmts.extend(ast.parse(text).body)


def _children(node):
    """(parent, field, index, child) for every AST child; index is None for a single child."""
    for field, value in ast.iter_fields(node):
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, ast.AST):
                    yield node, field, i, item
        elif isinstance(value, ast.AST):
            yield node, field, None, value


def _walk_with_parents(tree):
    stack = [tree]
    while stack:
        node = stack.pop()
        for entry in _children(node):
            yield entry
            stack.append(entry[3])


def _replace(parent, field, index, new):
    if index is None:
        setattr(parent, field, new)
    else:
        getattr(parent, field)[index] = new


def _loads(node):
    """Expressions that are read (not assignment targets): safe to replace by any expression."""
    return isinstance(node, ast.expr) and not isinstance(getattr(node, "ctx", None), (ast.Store, ast.Del))


def _names(tree):
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names.update(n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))
    names.update(a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments) for a in n.args)
    return sorted(names) or ["x"]


def _random_expr(rng, tree):
    choice = rng.random()
    if choice < 0.45 and _exprs:
        return copy.deepcopy(rng.choice(_exprs))
    if choice < 0.75:
        return ast.Name(id=rng.choice(_names(tree)), ctx=ast.Load())
    return ast.Constant(value=rng.choice(INTERESTING_CONSTANTS))


BIN_OPS = [ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult,
           ast.BitAnd, ast.BitOr, ast.BitXor, ast.LShift, ast.RShift]
CMP_OPS = [ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Is, ast.IsNot, ast.In, ast.NotIn]
UNARY_OPS = [ast.USub, ast.UAdd, ast.Not, ast.Invert]
WRAPPERS = ["abs", "int", "float", "bool", "str", "len", "round", "print", "np.sum", "np.exp", "np.abs",
            "math.sqrt", "math.exp", "np.array", "np.asarray", "range", "repr", "max", "min"]


def _wrap(rng, expr, tree):
    kind = rng.randrange(6)
    if kind == 0:
        func = ast.parse(rng.choice(WRAPPERS), mode="eval").body
        return ast.Call(func=func, args=[expr], keywords=[])
    if kind == 1:
        return ast.UnaryOp(op=rng.choice(UNARY_OPS)(), operand=expr)
    if kind == 2:
        return ast.BinOp(left=expr, op=rng.choice(BIN_OPS)(), right=_random_expr(rng, tree))
    if kind == 3:
        index = rng.choice([ast.Constant(0), ast.Constant(-1), ast.Slice(None, None, ast.Constant(-1)),
                            ast.Tuple([ast.Slice(), ast.Constant(0)], ast.Load()), _random_expr(rng, tree)])
        return ast.Subscript(value=expr, slice=index, ctx=ast.Load())
    if kind == 4:
        return ast.Compare(left=expr, ops=[rng.choice(CMP_OPS)()], comparators=[_random_expr(rng, tree)])
    return ast.IfExp(test=_random_expr(rng, tree), body=expr, orelse=_random_expr(rng, tree))


def _bodies(tree):
    """Every statement list of the module (module body, function/loop/if bodies)."""
    out = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            value = getattr(node, field, None)
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                out.append(value)
    return out


def _mutate_tree(rng, tree):
    entries = list(_walk_with_parents(tree))
    exprs = [e for e in entries if _loads(e[3])]
    op = rng.randrange(8)
    if op == 0 and exprs:  # replace an expression
        parent, field, index, _ = rng.choice(exprs)
        _replace(parent, field, index, _random_expr(rng, tree))
    elif op == 1 and exprs:  # wrap an expression
        parent, field, index, node = rng.choice(exprs)
        _replace(parent, field, index, _wrap(rng, node, tree))
    elif op == 2:  # change an operator
        ops = [n for n in ast.walk(tree) if isinstance(n, (ast.BinOp, ast.AugAssign, ast.UnaryOp, ast.Compare, ast.BoolOp))]
        if not ops:
            return False
        n = rng.choice(ops)
        if isinstance(n, (ast.BinOp, ast.AugAssign)):
            n.op = rng.choice(BIN_OPS)()
        elif isinstance(n, ast.UnaryOp):
            n.op = rng.choice(UNARY_OPS)()
        elif isinstance(n, ast.Compare):
            n.ops[rng.randrange(len(n.ops))] = rng.choice(CMP_OPS)()
        else:
            n.op = rng.choice([ast.And, ast.Or])()
    elif op == 3:  # change a constant
        consts = [n for n in ast.walk(tree) if isinstance(n, ast.Constant)]
        if not consts:
            return False
        rng.choice(consts).value = rng.choice(INTERESTING_CONSTANTS)
    elif op == 4:  # rename a name (targets too: creates undefined / redefined variables)
        names = [n for n in ast.walk(tree) if isinstance(n, ast.Name)]
        if not names:
            return False
        rng.choice(names).id = rng.choice(_names(tree) + ["np", "math", "print", "range", "None_", "_"])
    elif op in (5, 6):  # insert, duplicate, delete or replace a statement
        bodies = _bodies(tree)
        if not bodies:
            return False
        body = rng.choice(bodies)
        i = rng.randrange(len(body))
        action = rng.randrange(4)
        if action == 0 and _stmts:
            body.insert(i, copy.deepcopy(rng.choice(_stmts)))
        elif action == 1:
            body.insert(i, copy.deepcopy(body[i]))
        elif action == 2 and len(body) > 1:
            del body[i]
        elif _stmts:
            body[i] = copy.deepcopy(rng.choice(_stmts))
    else:  # splice in a function from another program (or replace one)
        if not _functions:
            return False
        fn = copy.deepcopy(rng.choice(_functions))
        funcs = [i for i, s in enumerate(tree.body) if isinstance(s, ast.FunctionDef)]
        if funcs and rng.random() < 0.5:
            tree.body[rng.choice(funcs)] = fn
        else:
            tree.body.insert(rng.randrange(len(tree.body) + 1), fn)
    return True


def _header_comments(text):
    keep = ("#pythran export", "#setup:", "#run:")
    return "".join(line + "\n" for line in text.splitlines() if line.lstrip().startswith(keep))


def _learn(rng, tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            _remember(_functions, node, rng)
        elif isinstance(node, ast.stmt):
            _remember(_stmts, node, rng)
        elif isinstance(node, ast.expr) and _loads(node) and rng.random() < 0.3:
            _remember(_exprs, node, rng)


def _parse(data):
    try:
        text = data.decode("utf-8")
        return text, ast.parse(text)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
        return None, None


def _render(text, tree, max_size):
    try:
        out = (_header_comments(text) + ast.unparse(ast.fix_missing_locations(tree)) + "\n").encode("utf-8")
    except (RecursionError, ValueError, AttributeError, TypeError):
        return None
    return out if len(out) <= max_size else None


def mutate(data, seed, max_size):
    rng = random.Random(seed)
    _seed_pools(rng)
    text, tree = _parse(data)
    if tree is None:
        return None
    _learn(rng, tree)
    for _ in range(4):  # a few attempts: some mutations find nothing to change
        candidate = copy.deepcopy(tree)
        changed = False
        for _ in range(1 + rng.randrange(3)):
            changed |= _mutate_tree(rng, candidate)
        if changed:
            out = _render(text, candidate, max_size)
            if out is not None:
                return out
    return None


def crossover(data1, data2, seed, max_size):
    """Statements of the second program spliced into the first (functions, or statements of a body)."""
    rng = random.Random(seed)
    text1, tree1 = _parse(data1)
    _, tree2 = _parse(data2)
    if tree1 is None or tree2 is None:
        return None
    _learn(rng, tree2)
    donors = [s for body in _bodies(tree2) for s in body]
    bodies = _bodies(tree1)
    if not donors or not bodies:
        return None
    for _ in range(1 + rng.randrange(3)):
        body = rng.choice(bodies)
        body.insert(rng.randrange(len(body) + 1), copy.deepcopy(rng.choice(donors)))
    return _render(text1, tree1, max_size)
