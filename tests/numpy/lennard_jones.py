"""Lennard-Jones pair potential, total energy and forces on N particles by a double
loop over pairs, the same with a cutoff and periodic minimum-image convention, and one
velocity-Verlet step."""
#setup: import numpy as np; np.random.seed(14); idx = np.arange(64)
#setup: pos = 1.2 * np.stack([idx % 4, (idx // 4) % 4, idx // 16], axis=1).astype(np.float64) + 0.05 * np.random.randn(64, 3)
#setup: r = np.linspace(0.9, 3.0, 200); vel = np.zeros((64, 3)); two = np.array([[0.0, 0.0, 0.0], [1.1, 0.0, 0.0]])
#run: lj_potential(r, 1.0, 1.0)
#run: energy_forces(pos, 1.0, 1.0)
#run: energy_forces(two, 1.0, 1.0)
#run: energy_forces_periodic(pos, 1.0, 1.0, 4.8, 2.5)
#run: verlet_step(pos, vel, 0.001, 1.0, 1.0)
import numpy as np


def lj_potential(r, eps, sigma):
    sr6 = np.power(sigma / r, 6)
    return 4.0 * eps * (sr6 ** 2 - sr6)


def energy_forces(pos, eps, sigma):
    n = pos.shape[0]
    F = np.zeros_like(pos)
    E = 0.0
    for i in range(n - 1):
        for j in range(i + 1, n):
            d = pos[i] - pos[j]
            r2 = np.dot(d, d)
            inv6 = (sigma * sigma / r2) ** 3
            E += 4 * eps * (inv6 * inv6 - inv6)
            fmag = 24 * eps * (2 * inv6 * inv6 - inv6) / r2
            F[i] += fmag * d
            F[j] -= fmag * d
    return E, F


def energy_forces_periodic(pos, eps, sigma, box, rcut):
    n = len(pos)
    F = np.zeros((n, 3))
    E = 0.0
    pairs = 0
    rc2 = rcut ** 2
    for i in range(n):
        for j in range(i + 1, n):
            d = pos[i, :] - pos[j, :]
            d = d - box * np.floor(d / box + 0.5)
            r2 = d[0] ** 2 + d[1] ** 2 + d[2] ** 2
            if r2 < rc2:
                r = np.sqrt(r2)
                sr = sigma / r
                E += 4.0 * eps * (sr ** 12 - sr ** 6)
                f = 24.0 * eps * (2.0 * sr ** 12 - sr ** 6) / r2
                F[i, :] += f * d
                F[j, :] -= f * d
                pairs += 1
    return E, F, pairs


def verlet_step(pos, vel, dt, eps, sigma):
    E, F = energy_forces(pos, eps, sigma)
    v_half = vel + 0.5 * dt * F
    new_pos = pos + dt * v_half
    E_new, F_new = energy_forces(new_pos, eps, sigma)
    new_vel = v_half + 0.5 * dt * F_new
    kinetic = 0.5 * np.sum(new_vel ** 2)
    return new_pos, new_vel, E_new + kinetic
