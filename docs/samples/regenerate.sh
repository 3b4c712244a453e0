#!/usr/bin/env bash
# Regenerates the sample pages linked from the README: the validation report of the motion planner
# (validate/py2cpp_harness/html_report.py) and its annotated source view (py2cpp annotate, with the
# signatures `py2cpp trace` records from examples/motion_planning/run.py). Needs build/py2cpp and
# python3-matplotlib. The report's input links point into the work directory of the run that made it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/build/py2cpp" validate "$root/examples/motion_planning" --work "$work/validate" --keep -q >/dev/null
cp "$work/validate/report.html" "$here/motion_planning.report.html"
cp -r "$root/examples/motion_planning" "$work/example"
(cd "$work/example" && "$root/build/py2cpp" trace -- /usr/bin/python3 run.py >/dev/null)
"$root/build/py2cpp" annotate "$work/example/motion_planning.py" -o "$here/motion_planning.annotate.html"
echo "wrote $here/motion_planning.report.html and $here/motion_planning.annotate.html"
