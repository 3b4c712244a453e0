#!/usr/bin/env bash
# The main job, end to end on a fresh Debian 12: install what is missing, build py2cpp, then
# validate the Black–Scholes example: transpile it, build the C++, run Python + NumPy + SciPy and
# the C++ on the same inputs, and print the comparison of every result.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target py2cpp

build/py2cpp validate examples/black_scholes
echo "Generated C++: build/py2cpp transpile examples/black_scholes/black_scholes.py -o out/black_scholes \\"
echo "                 --sig 'euro_vanilla_put(float64[:], float64[:], float64[:], float64[:], float64[:])'"
