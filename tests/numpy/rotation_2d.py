"""2-D rigid transforms: rotation matrices, rotating a point cloud, composing rotation,
scaling and translation as 3x3 homogeneous matrices, recovering the angle of a
rotation matrix, and the best-fit rotation between two centred point sets."""
#setup: import numpy as np; np.random.seed(13); pts = np.random.rand(500, 2); one_pt = np.array([[1.0, 0.0]])
#setup: c = np.cos(0.7); s = np.sin(0.7); moved = pts @ np.array([[c, -s], [s, c]]).T + np.array([0.3, -1.2])
#run: rotate_points(pts, 0.3)
#run: rotate_points(one_pt, 1.5707963267948966)
#run: homogeneous_transform(pts, 0.3, 2.0, 0.5, 1.0, -2.0)
#run: composition(0.4, -1.3)
#run: recover_angle(2.5)
#run: fit_rotation(pts, moved)
import numpy as np


def rotation_matrix(theta):
    c = np.cos(theta)
    s = np.sin(theta)
    return np.array([[c, -s], [s, c]])


def rotate_points(P, theta):
    R = rotation_matrix(theta)
    return P @ R.T


def homogeneous_transform(P, theta, sx, sy, tx, ty):
    T = np.eye(3)
    T[0, 2] = tx
    T[1, 2] = ty
    Rh = np.eye(3)
    Rh[:2, :2] = rotation_matrix(theta)
    Sc = np.diag(np.array([sx, sy, 1.0]))
    M = T @ Rh @ Sc
    Ph = np.hstack((P, np.ones((P.shape[0], 1))))
    out = np.dot(Ph, np.transpose(M))
    return out[:, :2], M


def composition(a, b):
    """R(a) R(b), the angle it rotates by, and its determinant."""
    R = rotation_matrix(a) @ rotation_matrix(b)
    det = R[0, 0] * R[1, 1] - R[0, 1] * R[1, 0]
    return R, np.arctan2(R[1, 0], R[0, 0]), det


def recover_angle(theta):
    R = rotation_matrix(theta)
    return np.arctan2(R[1, 0], R[0, 0])


def fit_rotation(P, Q):
    """Angle and translation of the rotation + shift that best maps P onto Q (2-D Procrustes)."""
    pc = P.mean(axis=0)
    qc = Q.mean(axis=0)
    A = P - pc
    B = Q - qc
    num = np.sum(A[:, 0] * B[:, 1] - A[:, 1] * B[:, 0])
    den = np.sum(A[:, 0] * B[:, 0] + A[:, 1] * B[:, 1])
    theta = np.arctan2(num, den)
    t = qc - rotation_matrix(theta) @ pc
    return theta, t
