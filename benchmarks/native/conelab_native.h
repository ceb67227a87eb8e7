/*
 * The native reference of conelab's banded solvers: the same algorithms as the Java core
 * (org.conelab.solver.banded.core), in plain C for gcc -O3 -march=native -fopenmp.
 * See README.md in this directory.
 */
#ifndef CONELAB_NATIVE_H
#define CONELAB_NATIVE_H

/* A symmetric band matrix of order n, half-bandwidth r: a stencil (constant coefficients
 * c[0..r]) when c is not NULL, otherwise diagonals d[k][i] = A(i, i + k), k = 0..r. */
typedef struct {
    int n;
    int r;
    const double *c;
    const double *const *d;
} cl_band;

/* e <- (I - eta*K*W)^steps e by overlapped temporal blocking: tiles of `tile` rows advanced
 * `block_steps` steps at a time, on `threads` OpenMP threads. Returns 0, or -1 when out of memory. */
int cl_evolve(const cl_band *band, const double *w, double eta, double *e, int steps, int tile,
              int block_steps, int threads);

/* K x = rhs for a tri-diagonal SPD K (r <= 1), symmetric Thomas (LDL^T), with the settled pivots of a
 * stencil (TridiagonalThomas) and the finiteness check in the back substitution. Returns -1 - i when
 * pivot i is not > 0, -(n + 2) when out of memory, -(n + 3) when x is not finite, 0 otherwise. */
long cl_thomas(const cl_band *band, const double *rhs, double *x);

/* The extremes of S = W^1/2 K W^1/2 for r <= 1 by bisection on Sturm counts, with the honest
 * tolerances of BandedEngine.extremes: out = {min, max, minTolerance, maxTolerance}.
 * Returns 0, or -1 when out of memory. */
int cl_sturm_extremes(const cl_band *band, const double *w, double out[4]);

/* A line naming the compiler, its flags' effect (vector width) and OpenMP. */
const char *cl_describe(void);

#endif
