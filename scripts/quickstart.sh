#!/usr/bin/env bash
# The main job, end to end on a fresh Debian 12: install what is missing, build py2cpp, then
# transpile, build and run an example and compare its output with CPython's.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target py2cpp

example=examples/scalar_black_scholes/black_scholes_math.py
echo "== Python (/usr/bin/python3 $example)"
/usr/bin/python3 "$example" | tee /tmp/py2cpp-quickstart-python.txt
echo "== C++ (build/py2cpp run $example)"
build/py2cpp run "$example" | tee /tmp/py2cpp-quickstart-cpp.txt
if cmp -s /tmp/py2cpp-quickstart-python.txt /tmp/py2cpp-quickstart-cpp.txt; then
  echo "== identical output"
else
  echo "== outputs differ:"; diff /tmp/py2cpp-quickstart-python.txt /tmp/py2cpp-quickstart-cpp.txt; exit 1
fi
echo "Generated C++: build/py2cpp transpile $example -o out/black_scholes_math"
