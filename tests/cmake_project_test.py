#!/usr/bin/python3
"""find_package(py2cpp) + py2cpp_add_module in a user's CMake project, end to end.

    cmake_project_test.py --build-dir BUILD --work DIR

Installs py2cpp from BUILD into DIR/prefix (`cmake --install`), copies examples/cmake_project to
DIR/src, configures and builds it against the installed package, and checks:
  * the C++ program that calls the compiled module prints what the Python functions compute;
  * the extension module (PYTHON_MODULE) imports, runs the compiled path and agrees with Python;
  * editing the Python file and building again transpiles it again (the program's output changes).
"""
import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "cmake_project"


def run(command, **kwargs):
    proc = subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=900, **kwargs)
    if proc.returncode != 0:
        sys.exit(f"FAIL: {' '.join(map(str, command))} exited with {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def expected_output(src: Path) -> str:
    spec = importlib.util.spec_from_file_location("orbit_reference", src / "orbit.py")
    orbit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(orbit)
    import numpy as np
    drift = orbit.simulate(1.0, 1.2, 0.001, 20000)
    positions = np.array([[1.0, 0.0], [0.0, 2.0]])
    velocities = np.array([[0.0, 1.0], [0.5, 0.0]])
    e = orbit.energy(positions, velocities, 1.0)
    return f"relative energy drift after 20000 steps: {drift:.6e}\nenergies: {e[0]:.17g} {e[1]:.17g}\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True, type=Path)
    parser.add_argument("--work", required=True, type=Path)
    args = parser.parse_args()
    work = args.work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    prefix, src, build = work / "prefix", work / "src", work / "build"
    run(["cmake", "--install", args.build_dir, "--prefix", prefix])
    shutil.copytree(EXAMPLE, src)
    run(["cmake", "-S", src, "-B", build, f"-DCMAKE_PREFIX_PATH={prefix}"])
    run(["cmake", "--build", build, "-j2"])

    program = run([build / "orbit_demo"]).stdout
    if program != expected_output(src):
        sys.exit(f"FAIL: the program printed\n{program}\nPython computes\n{expected_output(src)}")

    check = run([sys.executable, "-c", f"""
import sys
sys.path.insert(0, {str(build / 'python')!r})
import numpy as np, orbit
sys.path.insert(0, {str(src)!r})
import importlib.util
spec = importlib.util.spec_from_file_location('ref', {str(src / 'orbit.py')!r}); ref = importlib.util.module_from_spec(spec); spec.loader.exec_module(ref)
got = orbit.simulate(1.0, 1.2, 0.001, 1000)
assert orbit.py2cpp_last_path()[1] == 'cpp', orbit.py2cpp_last_path()
assert got == ref.simulate(1.0, 1.2, 0.001, 1000), (got, ref.simulate(1.0, 1.2, 0.001, 1000))
p = np.array([[3.0, 4.0]]); v = np.array([[1.0, 1.0]])
assert np.array_equal(orbit.energy(p, v, 2.0), ref.energy(p, v, 2.0))
print('extension ok')
"""])
    if "extension ok" not in check.stdout:
        sys.exit(f"FAIL: extension module check: {check.stdout}{check.stderr}")

    # Change the Python: the next build must transpile it again.
    source = src / "orbit.py"
    source.write_text(source.read_text().replace("return (e1 - e0) / abs(e0)", "return 2.0 * (e1 - e0) / abs(e0)"))
    run(["cmake", "--build", build, "-j2"])
    changed = run([build / "orbit_demo"]).stdout
    if changed != expected_output(src) or changed == program:
        sys.exit(f"FAIL: after editing orbit.py the program printed\n{changed}\nexpected\n{expected_output(src)}")
    print("1 passed, 0 failed: find_package(py2cpp) + py2cpp_add_module build, run, import and rebuild on change")


if __name__ == "__main__":
    main()
