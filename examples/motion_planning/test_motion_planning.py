"""Convergence test of the Python reference (run by ctest as example.motion_planning.convergence):
the ADMM residuals fall, and the planned motion tracks the path, clears the obstacles and keeps
the joint limits."""
import math
import pathlib
import sys
import unittest

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import motion_planning as mp  # noqa: E402


class ConvergenceTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.path, cls.obstacles, cls.link_lengths, cls.joint_limits = mp.demo_problem(100)
        cls.base, cls.alpha, cls.history = mp.plan(cls.path, cls.obstacles, cls.link_lengths, cls.joint_limits, 100)

    def test_every_residual_falls_tenfold(self):
        first, last = self.history[:10].mean(axis=0), self.history[-10:].mean(axis=0)
        for name, f, l in zip(("path", "unit circle", "obstacle"), first, last):
            with self.subTest(residual=name):
                self.assertLess(l, f / 10.0)

    def test_more_iterations_track_better(self):
        errors = []
        for iterations in (25, 50, 100):
            base, alpha, _ = mp.plan(self.path, self.obstacles, self.link_lengths, self.joint_limits, iterations)
            errors.append(mp.tracking_error(self.path, base, alpha, self.link_lengths))
        self.assertLess(errors[2], errors[1])
        self.assertLess(errors[1], errors[0])

    def test_end_effector_tracks_the_path_within_5_mm(self):
        self.assertLess(mp.tracking_error(self.path, self.base, self.alpha, self.link_lengths), 0.005)

    def test_base_clears_the_obstacles(self):
        self.assertGreater(mp.min_clearance(self.base, self.obstacles), -1e-3)

    def test_joint_limits_hold(self):
        for joint in range(1, self.alpha.shape[0]):
            relative = np.angle(np.exp(1j * (self.alpha[joint] - self.alpha[joint - 1])))
            lower, upper = self.joint_limits[joint - 1]
            self.assertGreaterEqual(relative.min(), lower - 1e-12)
            self.assertLessEqual(relative.max(), upper + 1e-12)

    def test_obstacles_were_active(self):
        # The scenario is only a test of the obstacle constraints if the unconstrained start
        # (the arm stretched behind the path) runs through an obstacle.
        start = np.vstack((self.path[:, 0] - np.sum(self.link_lengths), self.path[:, 1])).T
        self.assertLess(mp.min_clearance(start, self.obstacles), -0.1)

    def test_run_demo_reports_the_same_plan(self):
        base, alpha, history, error, clearance = mp.run_demo(100, 100)
        np.testing.assert_array_equal(base, self.base)
        self.assertTrue(math.isfinite(error) and math.isfinite(clearance))


if __name__ == "__main__":
    unittest.main()
