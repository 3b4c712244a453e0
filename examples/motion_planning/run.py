"""Plans the demo scenario and reports how well the motion tracks the path.

    /usr/bin/python3 examples/motion_planning/run.py [NUM_SAMPLES [ITERATIONS]]

This is how a user would run the planner; it is also the program whose calls
`py2cpp trace -- /usr/bin/python3 examples/motion_planning/run.py` records as the signatures
of motion_planning.py (see the README's "Types from a run").
"""
import sys

import motion_planning as mp


def main(argv):
    num_samples = int(argv[1]) if len(argv) > 1 else 100
    iterations = int(argv[2]) if len(argv) > 2 else 100
    base, alpha, history, error, clearance = mp.run_demo(num_samples, iterations)
    print(f"{num_samples} samples, {iterations} ADMM iterations")
    print(f"residuals (path, unit circle, obstacle): first {history[0]}, last {history[-1]}")
    print(f"largest tracking error: {error * 1000:.2f} mm")
    print(f"smallest obstacle clearance: {clearance:.3f} m")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
