#!/usr/bin/python3
"""Delta-debugging reducer for differential-testing failures.

    reduce.py --py2cpp build/py2cpp FAILURE.py [-o MINIMIZED.py] [--kind output|exception|compile|crash|...]
              [--numpy-tolerance] [--max-checks 120]

Shrinks a standalone program (as run.py writes them into WORK/failures/) while it keeps failing
the same way: the same failure kind as the original (a wrong output stays a wrong output, a
compile error stays a compile error). Greedy passes until nothing more can go, or --max-checks
candidate programs have been tried (each one is a C++ build, ~5 s):

  1. delete statements (whole functions, loops, ifs, single statements; an emptied body
     becomes `pass`), largest first;
  2. replace a compound statement by its body (if/for/while);
  3. replace an expression by one of its operands (a + b -> a, f(x) -> x, c if t else d -> c,
     -x -> x, a < b -> a) or, for a constant-free subexpression, by nothing else.

A candidate that Python itself rejects (NameError after removing a definition...) fails
differently (py2cpp refuses it), so it is never accepted: no special cases needed.
"""
import argparse
import ast
import copy
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import run as differential  # noqa: E402

PYTHON = "/usr/bin/python3"


def failure_kind(source, py2cpp, cxxflags, numpy_tolerance, work, wanted=None):
    """The kind of failure of a standalone program, or None when it passes or is refused. When the
    wanted kind is a transpiler failure, the C++ is not built (much faster)."""
    work.mkdir(parents=True, exist_ok=True)
    prog = work / "prog.py"
    prog.write_text(source)
    env = dict(os.environ)
    env["PY2CPP_CXXFLAGS"] = cxxflags
    if wanted in ("tool", "unlocated-diagnostic"):
        status, detail = differential.transpile(py2cpp, prog, work / "out", env)
        if status == "refused" and not differential.LOCATED.search(detail):
            return "unlocated-diagnostic"
        return status if status == "tool" else None
    status, detail = differential.transpile_and_build(py2cpp, prog, work / "out", env)
    if status == "refused":
        return None
    if status != "ok":
        return status  # compile / tool
    py_rc, py_out, py_err = differential.run([PYTHON, str(prog)])
    cc_rc, cc_out, cc_err = differential.run([detail])
    meta = {"kind": "numpy" if numpy_tolerance else "scalar", "float32": "float32" in source}
    verdict = differential.compare((py_out, py_rc, differential.last_line(py_err) if py_rc else ""),
                                   (cc_out, cc_rc, differential.last_line(cc_err) if cc_rc else ""), meta)
    return verdict[0] if verdict else None


def statement_slots(tree):
    """(body list, index) for every statement, outermost first."""
    slots = []
    for node in ast.walk(tree):
        for field in ("body", "orelse"):
            body = getattr(node, field, None)
            if isinstance(body, list):
                for i, s in enumerate(body):
                    if isinstance(s, ast.stmt):
                        slots.append((node, field, i))
    return slots


def expression_slots(tree):
    """(parent, field, index, node) for every expression that could become one of its children."""
    out = []
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            items = value if isinstance(value, list) else [value]
            for i, node in enumerate(items):
                if isinstance(node, (ast.BinOp, ast.BoolOp, ast.UnaryOp, ast.IfExp, ast.Call, ast.Compare)):
                    out.append((parent, field, i if isinstance(value, list) else None, node))
    return out


def operands(node):
    if isinstance(node, ast.BinOp):
        return [node.left, node.right]
    if isinstance(node, ast.BoolOp):
        return list(node.values)
    if isinstance(node, ast.UnaryOp):
        return [node.operand]
    if isinstance(node, ast.IfExp):
        return [node.body, node.orelse]
    if isinstance(node, ast.Call):
        return [a for a in node.args if not isinstance(a, ast.Starred)]
    if isinstance(node, ast.Compare):
        return [node.left] + list(node.comparators)
    return []


def candidates(tree):
    """Smaller variants of the tree, most promising first (each a fresh copy)."""
    slots = statement_slots(tree)
    for k in range(len(slots)):
        t = copy.deepcopy(tree)
        node, field, i = statement_slots(t)[k]
        body = getattr(node, field)
        removed = body.pop(i)
        if not body:
            if field == "orelse":
                pass
            else:
                body.append(ast.Pass())
        yield t
        if isinstance(removed, (ast.If, ast.For, ast.While)) and removed.body:
            t = copy.deepcopy(tree)
            node, field, i = statement_slots(t)[k]
            body = getattr(node, field)
            inner = body[i].body
            body[i:i + 1] = inner
            yield t
    count = len(expression_slots(tree))
    for k in range(count):
        for j in range(len(operands(expression_slots(tree)[k][3]))):
            t = copy.deepcopy(tree)
            parent, field, i, node = expression_slots(t)[k]
            replacement = operands(node)[j]
            if i is None:
                setattr(parent, field, replacement)
            else:
                getattr(parent, field)[i] = replacement
            yield t


def minimize(source, kind, py2cpp, cxxflags="-O1", numpy_tolerance=False, max_checks=120, log=print):
    work = pathlib.Path(tempfile.mkdtemp(prefix="py2cpp-reduce-"))
    tree = ast.parse(source)
    doc = ast.get_docstring(tree)
    checks = 0
    progress = True
    while progress and checks < max_checks:
        progress = False
        for candidate in candidates(tree):
            if checks >= max_checks:
                break
            try:
                text = ast.unparse(ast.fix_missing_locations(candidate)) + "\n"
            except Exception:
                continue
            if len(text) >= len(ast.unparse(tree)) + 1:
                continue
            checks += 1
            if failure_kind(text, py2cpp, cxxflags, numpy_tolerance, work / f"c{checks}", kind) == kind:
                log(f"  reduce: {len(text)} bytes (check {checks})")
                tree = candidate
                progress = True
                break
    result = ast.unparse(tree) + "\n"
    if doc and not result.startswith(('"""', "'")):
        result = f'"""{doc}"""\n' + result
    return result, checks


def minimize_to(program, kind, args, out_dir):
    """run.py's hook: reduce a failing generated program into OUT_DIR/NAME.py."""
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"minimizing {program.name} ({kind}) ...")
    text, checks = minimize(program.standalone(), kind, args.py2cpp, args.cxxflags, program.meta["kind"] == "numpy")
    (out_dir / f"{program.name}.py").write_text(text)
    print(f"  -> {out_dir / (program.name + '.py')} ({len(text)} bytes after {checks} checks)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--py2cpp", required=True)
    ap.add_argument("file", type=pathlib.Path)
    ap.add_argument("-o", "--output", type=pathlib.Path)
    ap.add_argument("--kind", help="failure kind to preserve (default: the file's own)")
    ap.add_argument("--numpy-tolerance", action="store_true")
    ap.add_argument("--cxxflags", default="-O1")
    ap.add_argument("--max-checks", type=int, default=120)
    args = ap.parse_args()
    py2cpp = str(pathlib.Path(args.py2cpp).resolve())
    source = args.file.read_text()
    kind = args.kind or failure_kind(source, py2cpp, args.cxxflags, args.numpy_tolerance,
                                     pathlib.Path(tempfile.mkdtemp(prefix="py2cpp-reduce-")))
    if kind is None:
        print(f"{args.file} does not fail")
        return 1
    print(f"{args.file}: failure kind {kind}")
    text, checks = minimize(source, kind, py2cpp, args.cxxflags, args.numpy_tolerance, args.max_checks)
    (args.output or args.file.with_suffix(".min.py")).write_text(text)
    print(text)
    print(f"{checks} checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
