"""Path-constrained trajectory optimization for a mobile manipulator by ADMM.

After Singh, Ahonen, Ghabcheloo and Mueller, "Inducing multi-convexity in path constrained
trajectory optimization for mobile manipulators" (arXiv 1904.09780). A planar mobile base
carries a three-link planar arm; the end-effector must follow a given path while the base
keeps clear of circular obstacles and the arm's elbow and wrist stay within their limits.

The kinematics are made multi-affine by treating the cosine and sine of each link's absolute
angle as trajectories of their own, c_i(t) and s_i(t), tied to an angle alpha_i(t) by
c_i = cos(alpha_i), s_i = sin(alpha_i).  The end-effector position is then linear:

    x_e = x_b + sum_i l_i c_i,        y_e = y_b + sum_i l_i s_i.

Obstacles use the polar form: the base satisfies x_b - x_o = d cos(beta),
y_b - y_o = d sin(beta) with d >= r.  ADMM alternates between
  1. a convex QP in the trajectory coefficients (x-group: x_b, c_1..c_3; y-group: y_b,
     s_1..s_3), solved in closed form with a matrix inverted once before the iterations,
  2. the non-convex steps, each solved exactly: the angles alpha by projection onto the
     unit circle (arctan2) followed by clamping of the relative joint angles, and the
     obstacle variables (beta, d) by projection onto the outside of each circle,
  3. the scaled dual updates.

Choices the paper leaves open, made here: every trajectory is a Bernstein polynomial of
degree 10 sampled at 100 instants; the base is omnidirectional (its heading does not enter
the end-effector position, so it is not optimized); the arm's first joint turns freely and
the relative angles of joints 2 and 3 are limited; the cost is the base's squared
acceleration plus the squared rate of change of the link directions.
"""
import math

import numpy as np


def bernstein_basis(degree, tau):
    """Bernstein polynomials of the given degree at the points tau in [0, 1], one column each."""
    basis = np.zeros((tau.shape[0], degree + 1))
    for i in range(degree + 1):
        basis[:, i] = math.comb(degree, i) * tau**i * (1.0 - tau) ** (degree - i)
    return basis


def basis_matrices(degree, num_samples, duration):
    """Position, velocity and acceleration matrices of the basis at num_samples instants.

    Uses the derivative identity B'_{i,n} = n (B_{i-1,n-1} - B_{i,n-1}) twice; tau = t / duration.
    """
    tau = np.linspace(0.0, 1.0, num_samples)
    P = bernstein_basis(degree, tau)
    zero = np.zeros((num_samples, 1))
    lower = bernstein_basis(degree - 1, tau)
    Pdot = degree * (np.hstack((zero, lower)) - np.hstack((lower, zero))) / duration
    lower2 = bernstein_basis(degree - 2, tau)
    Pddot = (
        degree * (degree - 1)
        * (np.hstack((zero, zero, lower2)) - 2.0 * np.hstack((zero, lower2, zero)) + np.hstack((lower2, zero, zero)))
        / duration**2
    )
    return P, Pdot, Pddot


def wrap_angle(angle):
    """Angles mapped to (-pi, pi]."""
    return np.arctan2(np.sin(angle), np.cos(angle))


def qp_matrix(P, Pdot, Pddot, link_lengths, num_obstacles, weights, rho):
    """The Hessian of the ADMM primal step, the same for the x-group and the y-group.

    Unknowns: the coefficients of the base coordinate followed by those of each link's cosine
    (x-group) or sine (y-group).
    """
    nvar = P.shape[1]
    num_links = link_lengths.shape[0]
    size = nvar * (num_links + 1)
    H = np.zeros((size, size))
    H[:nvar, :nvar] = weights[0] * Pddot.T @ Pddot + rho[2] * num_obstacles * P.T @ P
    for i in range(num_links):
        block = slice((i + 1) * nvar, (i + 2) * nvar)
        H[block, block] = weights[1] * Pdot.T @ Pdot + rho[1] * P.T @ P
    M = P
    for i in range(num_links):
        M = np.hstack((M, link_lengths[i] * P))
    H += rho[0] * M.T @ M
    return H, M


def qp_rhs(P, M, target, base_obstacle_targets, link_targets, rho):
    """The right-hand side of the primal step for one coordinate group."""
    g = rho[0] * M.T @ target
    nvar = P.shape[1]
    g[:nvar] += rho[2] * P.T @ np.sum(base_obstacle_targets, axis=0)
    for i in range(link_targets.shape[0]):
        g[(i + 1) * nvar : (i + 2) * nvar] += rho[1] * P.T @ link_targets[i]
    return g


def project_angles(c, s, joint_limits):
    """Nearest angles for the link directions (c, s), then relative joint angles clamped.

    The clamping runs from the first link outwards, so each link keeps its direction when it can.
    """
    alpha = np.arctan2(s, c)
    for i in range(1, alpha.shape[0]):
        relative = wrap_angle(alpha[i] - alpha[i - 1])
        relative = np.minimum(np.maximum(relative, joint_limits[i - 1, 0]), joint_limits[i - 1, 1])
        alpha[i] = alpha[i - 1] + relative
    return alpha


def project_obstacles(xb, yb, obstacles, ux, uy):
    """Polar coordinates (beta, d) of the base around each obstacle, with d kept >= radius."""
    num_obstacles = obstacles.shape[0]
    beta = np.zeros((num_obstacles, xb.shape[0]))
    dist = np.zeros((num_obstacles, xb.shape[0]))
    for j in range(num_obstacles):
        dx = xb - obstacles[j, 0] + ux[j]
        dy = yb - obstacles[j, 1] + uy[j]
        beta[j] = np.arctan2(dy, dx)
        dist[j] = np.maximum(np.sqrt(dx * dx + dy * dy), obstacles[j, 2])
    return beta, dist


def end_effector(xb, yb, alpha, link_lengths):
    """Forward kinematics of the arm on the base."""
    x = xb + link_lengths @ np.cos(alpha)
    y = yb + link_lengths @ np.sin(alpha)
    return x, y


def plan(path, obstacles, link_lengths, joint_limits, iterations):
    """ADMM trajectory optimization.

    path: (N, 2) end-effector positions at N equally spaced instants; obstacles: (m, 3) rows
    (x, y, radius); link_lengths: (3,); joint_limits: (2, 2) rows (lower, upper) for joints 2, 3.
    Returns the base trajectory (N, 2), the link angles (3, N), and per iteration the norms of
    the path, unit-circle and obstacle residuals (iterations, 3).
    """
    num_samples = path.shape[0]
    num_links = link_lengths.shape[0]
    num_obstacles = obstacles.shape[0]
    weights = np.array([1.0, 1.0])
    rho = np.array([200.0, 10.0, 200.0])
    P, Pdot, Pddot = basis_matrices(10, num_samples, 10.0)
    nvar = P.shape[1]
    H, M = qp_matrix(P, Pdot, Pddot, link_lengths, num_obstacles, weights, rho)
    H_inv = np.linalg.inv(H)

    # Start with the arm stretched along +x behind the path.
    alpha = np.zeros((num_links, num_samples))
    xb = path[:, 0] - np.sum(link_lengths)
    yb = path[:, 1].copy()
    zero = np.zeros((num_obstacles, num_samples))
    beta, dist = project_obstacles(xb, yb, obstacles, zero, zero)

    # Scaled dual variables of the path, unit-circle and obstacle constraints.
    u_path = np.zeros((num_samples, 2))
    u_cos = np.zeros((num_links, num_samples))
    u_sin = np.zeros((num_links, num_samples))
    u_obs_x = np.zeros((num_obstacles, num_samples))
    u_obs_y = np.zeros((num_obstacles, num_samples))
    history = np.zeros((iterations, 3))

    for k in range(iterations):
        obs_x = obstacles[:, 0:1] + dist * np.cos(beta) - u_obs_x
        obs_y = obstacles[:, 1:2] + dist * np.sin(beta) - u_obs_y
        gx = qp_rhs(P, M, path[:, 0] - u_path[:, 0], obs_x, np.cos(alpha) - u_cos, rho)
        gy = qp_rhs(P, M, path[:, 1] - u_path[:, 1], obs_y, np.sin(alpha) - u_sin, rho)
        wx = H_inv @ gx
        wy = H_inv @ gy
        xb = P @ wx[:nvar]
        yb = P @ wy[:nvar]
        c = wx[nvar:].reshape(num_links, nvar) @ P.T
        s = wy[nvar:].reshape(num_links, nvar) @ P.T

        alpha = project_angles(c + u_cos, s + u_sin, joint_limits)
        beta, dist = project_obstacles(xb, yb, obstacles, u_obs_x, u_obs_y)

        r_path = np.vstack((xb + link_lengths @ c - path[:, 0], yb + link_lengths @ s - path[:, 1])).T
        r_cos = c - np.cos(alpha)
        r_sin = s - np.sin(alpha)
        r_obs_x = xb - obstacles[:, 0:1] - dist * np.cos(beta)
        r_obs_y = yb - obstacles[:, 1:2] - dist * np.sin(beta)
        u_path += r_path
        u_cos += r_cos
        u_sin += r_sin
        u_obs_x += r_obs_x
        u_obs_y += r_obs_y
        history[k] = np.array([
            np.linalg.norm(r_path),
            math.sqrt(np.sum(r_cos**2) + np.sum(r_sin**2)),
            math.sqrt(np.sum(r_obs_x**2) + np.sum(r_obs_y**2)),
        ])

    base = np.vstack((xb, yb)).T
    return base, alpha, history


def tracking_error(path, base, alpha, link_lengths):
    """Largest distance between the path and the end-effector of the feasible arm angles."""
    x, y = end_effector(base[:, 0], base[:, 1], alpha, link_lengths)
    return np.max(np.hypot(x - path[:, 0], y - path[:, 1]))


def min_clearance(base, obstacles):
    """Smallest distance from the base to an obstacle's boundary (negative inside)."""
    clearance = math.inf
    for j in range(obstacles.shape[0]):
        d = np.hypot(base[:, 0] - obstacles[j, 0], base[:, 1] - obstacles[j, 1]) - obstacles[j, 2]
        clearance = min(clearance, np.min(d))
    return clearance


def demo_problem(num_samples):
    """The fixed scenario of the example: an S-shaped path past three obstacles."""
    t = np.linspace(0.0, 1.0, num_samples)
    path = np.vstack((6.0 * t, 1.2 * np.sin(2.0 * np.pi * t))).T
    obstacles = np.array([[1.0, 0.6, 0.4], [3.0, -0.4, 0.5], [4.6, 0.2, 0.35]])
    link_lengths = np.array([0.5, 0.4, 0.3])
    joint_limits = np.array([[-2.0, 2.0], [-1.5, 1.5]])
    return path, obstacles, link_lengths, joint_limits


def run_demo(num_samples, iterations):
    """Plans the demo scenario and returns the quantities a user checks."""
    path, obstacles, link_lengths, joint_limits = demo_problem(num_samples)
    base, alpha, history = plan(path, obstacles, link_lengths, joint_limits, iterations)
    error = tracking_error(path, base, alpha, link_lengths)
    clearance = min_clearance(base, obstacles)
    return base, alpha, history, error, clearance
