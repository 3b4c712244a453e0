// py2cpp runtime: everything generated code needs for `import numpy as np` (and the SciPy
// functions mapped onto the array runtime). The emitter includes this one header when a module
// uses arrays; it pulls in Eigen and every array header (docs/ARRAYS.md).
#pragma once

#include <Eigen/Core>

#include "py2cpp/ndarray.hpp"           // py::ndarray<T, N>, py::slice, py::all, len(), truthy()
#include "py2cpp/array_expr.hpp"        // lazy expressions, operators, broadcasting, astype, eval
#include "py2cpp/array_attributes.hpp"  // a.shape as a tuple, a.ndim
#include "py2cpp/fancy_index.hpp"       // a[mask], a[idx] and their stores
#include "py2cpp/ufuncs.hpp"            // element-wise functions (exp ... where, erf, ndtr, norm_cdf/pdf)
#include "py2cpp/creation.hpp"          // zeros, ones, full, arange, linspace, eye, array, copy
#include "py2cpp/reductions.hpp"        // sum, mean, min, max, argmin, std, var, cumsum, any, all, ...
#include "py2cpp/linalg.hpp"            // dot, matmul, outer, linalg_solve/inv/det/norm, ...
#include "py2cpp/linalg_stacks.hpp"     // numpy.linalg over stacks (inv, det, solve), matrix_power, norm(axis=, keepdims=)
#include "py2cpp/shape_ops.hpp"         // reshape, ravel, flatten, hstack, vstack, concatenate, stack
#include "py2cpp/array_str.hpp"         // str/repr/print of arrays in NumPy's format
#include "py2cpp/npy.hpp"               // py::npy::load / save
#include "py2cpp/rounding.hpp"          // round/around (NumPy's scale, rint, unscale)
#include "py2cpp/comparisons.hpp"       // isclose, allclose, array_equal
#include "py2cpp/sorting.hpp"           // sort, argsort (NumPy's introsort), a.sort(), searchsorted, unique
#include "py2cpp/array_manip.hpp"       // flip, roll, tile, repeat, diff, triu/tril, take, nonzero, argwhere, cross, meshgrid
#include "py2cpp/statistics.hpp"        // median, percentile, quantile, ptp, average
#include "py2cpp/interpolation.hpp"     // interp, logspace
#include "py2cpp/complex_arrays.hpp"    // a.real/a.imag (views), conj, angle, vdot, complex dot/matmul
