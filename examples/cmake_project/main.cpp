// Calls the functions py2cpp compiled from orbit.py, as any C++ code would.
#include <cstdio>

#include "orbit.hpp"

int main() {
    const double drift = orbit::simulate(1.0, 1.2, 0.001, 20000);
    std::printf("relative energy drift after 20000 steps: %.6e\n", drift);
    py::ndarray<double, 2> positions = py::np::zeros<double>(std::make_tuple(2, 2));
    py::ndarray<double, 2> velocities = py::np::zeros<double>(std::make_tuple(2, 2));
    positions.at(0, 0) = 1.0;
    positions.at(1, 1) = 2.0;
    velocities.at(0, 1) = 1.0;
    velocities.at(1, 0) = 0.5;
    const auto e = orbit::energy(positions, velocities, 1.0);
    std::printf("energies: %.17g %.17g\n", e.at(0), e.at(1));
    return 0;
}
