/*
 * The native reference of conelab's banded solvers: the algorithms of the Java core
 * (org.conelab.solver.banded.core: TemporalBlocking, Band, the sweeps, TridiagonalThomas,
 * SturmCount, ExtremeBisection, SimilarBand), written as plain C for the compiler to vectorise
 * (gcc -O3 -march=native -fopenmp). The loops are the Java loops line for line, with the same
 * tiling passed in, so that the ratio of the two times measures the language and its
 * compiler, not a difference of algorithm. gcc contracts a·b + c into fused multiply-adds
 * where Java's scalar code does not, so results agree to rounding, not bit for bit.
 */
#include "conelab_native.h"

#include <math.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <omp.h>

/* TemporalBlocking.PARALLEL_MIN_ROWS: below this many rows the threads cost more than they save */
#define PARALLEL_MIN_ROWS (1 << 16)
/* TemporalBlocking.COPY_CHUNK: rows per task of the final copy */
#define COPY_CHUNK (1 << 16)

static inline double upper(const cl_band *b, int i, int k) {
    return b->c != NULL ? b->c[k] : b->d[k][i];
}

static inline int imin(int a, int b) { return a < b ? a : b; }
static inline int imax(int a, int b) { return a > b ? a : b; }

/* One work area reused from call to call, already touched: the reference pays no page faults for
 * its work arrays (the Java solver keeps its second state vector per engine likewise). The entry points
 * are not reentrant (the benchmarks call them from one thread at a time). */
static double *work_area;
static size_t work_doubles;

static double *workspace(size_t doubles) {
    if (doubles > work_doubles) {
        free(work_area);
        work_area = malloc(doubles * sizeof(double));
        if (work_area == NULL) {
            work_doubles = 0;
            return NULL;
        }
        memset(work_area, 0, doubles * sizeof(double));
        work_doubles = doubles;
    }
    return work_area;
}

/* Band.rowProduct: (A z)_g for a row within R of an end of the chain, z[j - base] at column j */
static double row_product(const cl_band *b, int g, const double *z, int base) {
    int r = b->r;
    double sum = upper(b, g, 0) * z[g - base];
    int left = imin(r, g);
    for (int k = 1; k <= left; k++) {
        sum += upper(b, g - k, k) * z[g - k - base];
    }
    int right = imin(r, b->n - 1 - g);
    for (int k = 1; k <= right; k++) {
        sum += upper(b, g, k) * z[g + k - base];
    }
    return sum;
}

/* z = sw * u on [from, to) */
static inline void weighed(const double *restrict sw, const double *restrict u, double *restrict z, int from,
                           int to) {
    for (int i = from; i < to; i++) {
        z[i] = sw[i] * u[i];
    }
}

/* the tri-diagonal step in one pass, z_j = sw_j u_j formed in registers */
static void tridiagonal_step(double c0, double c1, const double *restrict sw, const double *restrict u,
                             double *restrict v, int from, int to) {
    for (int i = from; i < to; i++) {
        v[i] = u[i] - (c0 * (sw[i] * u[i]) + c1 * (sw[i - 1] * u[i - 1] + sw[i + 1] * u[i + 1]));
    }
}

/* a stencil step of half-bandwidth r; inlined with a constant r so that the k loop unrolls */
static inline __attribute__((always_inline)) void stencil_step_r(const double *restrict c, const int r,
                                                                 const double *restrict z,
                                                                 const double *restrict u, double *restrict v,
                                                                 int from, int to) {
    for (int i = from; i < to; i++) {
        double sum = c[0] * z[i];
        for (int k = 1; k <= r; k++) {
            sum += c[k] * (z[i - k] + z[i + k]);
        }
        v[i] = u[i] - sum;
    }
}

/* a banded step of half-bandwidth r, diagonals read at row g = i + base; the sum in the two chains
 * of VectorSweeps.bandedLanes: near = d_0 z_i + the diagonals k <= r/2, far = those beyond, then
 * near + far */
static inline __attribute__((always_inline)) void banded_step_r(const double *const *d, const int r, int base,
                                                                const double *restrict z,
                                                                const double *restrict u, double *restrict v,
                                                                int from, int to) {
    const int split = r / 2;
    for (int i = from; i < to; i++) {
        int g = i + base;
        double near = d[0][g] * z[i];
        for (int k = 1; k <= split; k++) {
            near += d[k][g - k] * z[i - k];
            near += d[k][g] * z[i + k];
        }
        if (r > 0) {
            double far = d[split + 1][g - split - 1] * z[i - split - 1];
            far += d[split + 1][g] * z[i + split + 1];
            for (int k = split + 2; k <= r; k++) {
                far += d[k][g - k] * z[i - k];
                far += d[k][g] * z[i + k];
            }
            near += far;
        }
        v[i] = u[i] - near;
    }
}

#define DISPATCH_R(r, call_r, call_any)                                                                      \
    switch (r) {                                                                                             \
    case 2: call_r(2); break;                                                                                \
    case 3: call_r(3); break;                                                                                \
    case 4: call_r(4); break;                                                                                \
    case 5: call_r(5); break;                                                                                \
    case 6: call_r(6); break;                                                                                \
    case 7: call_r(7); break;                                                                                \
    case 8: call_r(8); break;                                                                                \
    default: call_any; break;                                                                                \
    }

/* Band.step: one step v = u - K (sw o u) on the global rows [from, to) */
static void band_step(const cl_band *b, int base, const double *sw, const double *u, double *z, double *v,
                      int from, int to) {
    int r = b->r;
    int n = b->n;
    int interior_from = imax(from, r);
    int interior_to = imin(to, n - r);
    if (interior_from < interior_to) {
        int lo = interior_from - base;
        int hi = interior_to - base;
        if (b->c != NULL && r == 1) {
            tridiagonal_step(b->c[0], b->c[1], sw, u, v, lo, hi);
        } else if (b->c != NULL) {
            weighed(sw, u, z, lo - r, hi + r);
#define STENCIL(R) stencil_step_r(b->c, R, z, u, v, lo, hi)
            DISPATCH_R(r, STENCIL, stencil_step_r(b->c, r, z, u, v, lo, hi))
#undef STENCIL
        } else {
            weighed(sw, u, z, lo - r, hi + r);
#define BANDED(R) banded_step_r(b->d, R, base, z, u, v, lo, hi)
            DISPATCH_R(r, BANDED, banded_step_r(b->d, r, base, z, u, v, lo, hi))
#undef BANDED
        }
    }
    int ends[2][2] = {{from, imin(to, r)}, {imax(from, imax(r, n - r)), to}};
    for (int e = 0; e < 2; e++) {
        int f = ends[e][0];
        int t = ends[e][1];
        if (f >= t) {
            continue;
        }
        int lo = imax(0, f - r);
        int hi = (int) ((long) t + r < n ? (long) t + r : n);
        for (int j = lo; j < hi; j++) {
            z[j - base] = sw[j - base] * u[j - base];
        }
        for (int g = f; g < t; g++) {
            v[g - base] = u[g - base] - row_product(b, g, z, base);
        }
    }
}

/* TemporalBlocking.advanceTile: rows [a, bnd) advanced s steps from src into dst */
static void advance_tile(const cl_band *b, const double *w, double eta, const double *src, double *dst, int a,
                         int bnd, int s, long halo, double *u, double *v, double *sw, double *z) {
    int n = b->n;
    int r = b->r;
    int lo = (int) (a - halo > 0 ? a - halo : 0);
    int hi = (int) (bnd + halo < n ? bnd + halo : n);
    memcpy(u, src + lo, (size_t) (hi - lo) * sizeof(double));
    for (int i = 0; i < hi - lo; i++) {
        sw[i] = eta * w[lo + i];
    }
    int valid_lo = lo;
    int valid_hi = hi;
    for (int k = 1; k <= s; k++) {
        int next_lo = lo == 0 ? 0 : valid_lo + r;
        int next_hi = hi == n ? n : valid_hi - r;
        band_step(b, lo, sw, u, z, v, next_lo, next_hi);
        double *swap = u;
        u = v;
        v = swap;
        valid_lo = next_lo;
        valid_hi = next_hi;
    }
    memcpy(dst + a, u + (a - lo), (size_t) (bnd - a) * sizeof(double));
}

/* TemporalBlocking.block: every tile s steps, the tiles handed out one at a time to the threads
 * (ParallelTiles.forEachTask: OpenMP's dynamic schedule with chunks of one); each thread works in its
 * own 4 * length doubles of `work` */
static void block(const cl_band *b, const double *w, double eta, const double *src, double *dst, int s, int tile,
                  int tiles, int threads, double *work, long length) {
    int n = b->n;
    long halo = (long) s * b->r;
    int groups = n >= PARALLEL_MIN_ROWS ? imin(threads, tiles) : 1;
#pragma omp parallel num_threads(groups)
    {
        int g = omp_get_thread_num();
        double *mine = work + (size_t) g * 4 * length;
#pragma omp for schedule(dynamic, 1)
        for (int k = 0; k < tiles; k++) {
            int a = k * tile;
            int bnd = (int) ((long) a + tile < n ? (long) a + tile : n);
            advance_tile(b, w, eta, src, dst, a, bnd, s, halo, mine, mine + length, mine + 2 * length,
                         mine + 3 * length);
        }
    }
}

/* TemporalBlocking.copy: to[0, n) = from[0, n) in chunks of COPY_CHUNK rows on the threads */
static void copy(const double *from, double *to, int n, int threads) {
    int chunks = (int) (((long) n + COPY_CHUNK - 1) / COPY_CHUNK);
    int groups = n >= PARALLEL_MIN_ROWS ? imin(threads, chunks) : 1;
#pragma omp parallel for num_threads(groups) schedule(dynamic, 1)
    for (int k = 0; k < chunks; k++) {
        long a = (long) k * COPY_CHUNK;
        memcpy(to + a, from + a, (size_t) imin(COPY_CHUNK, (int) (n - a)) * sizeof(double));
    }
}

int cl_evolve(const cl_band *band, const double *w, double eta, double *e, int steps, int tile, int block_steps,
              int threads) {
    int n = band->n;
    int spanned = 2L * block_steps * band->r >= n;
    int tile_rows = spanned ? n : tile;
    int tiles = spanned ? 1 : (int) (((long) n + tile - 1) / tile);
    long halo = (long) (spanned ? steps : block_steps) * band->r;
    long length = (long) tile_rows + 2 * halo < n ? (long) tile_rows + 2 * halo : n;
    int groups = imax(1, imin(threads, tiles));
    double *work = workspace((size_t) n + (size_t) groups * 4 * length);
    if (work == NULL) {
        return -1;
    }
    double *source = e;
    double *target = work;
    double *tiles_work = work + n;
    int t = 0;
    while (t < steps) {
        /* the steps left, in equal blocks of at most block_steps */
        int left = steps - t;
        int blocks = (left + block_steps - 1) / block_steps;
        int s = tiles == 1 ? left : (left + blocks - 1) / blocks;
        block(band, w, eta, source, target, s, tile_rows, tiles, threads, tiles_work, length);
        double *swap = source;
        source = target;
        target = swap;
        t += s;
    }
    if (source != e) {
        copy(source, e, n, threads);
    }
    return 0;
}

/* TridiagonalThomas.requirePositive */
static int positive(double pivot) {
    return pivot > 0 && isfinite(pivot);
}

/* SettledPivots.of: 1/d_0 .. 1/d_{m-1} into inverse (room for n), m returned, or -1 - i when pivot i
 * is not > 0 */
static long settled_pivots(double a, double b, int n, double *inverse) {
    if (!positive(a)) {
        return -1;
    }
    inverse[0] = 1.0 / a;
    int m = 1;
    while (m < n) {
        double pivot = fma(-(b * inverse[m - 1]), b, a);
        if (!positive(pivot)) {
            return -1 - (long) m;
        }
        double next = 1.0 / pivot;
        if (next == inverse[m - 1]) {
            break;
        }
        inverse[m++] = next;
    }
    return m;
}

/* TridiagonalThomas.constant: the sweeps with the settled pivots; returns FiniteSolution's sum of 0*x_i */
static double thomas_constant(double b, const double *pivots, int stored, const double *rhs, double *x, int n) {
    double settled = pivots[stored - 1];
    x[0] = rhs[0];
    for (int i = 1; i < stored; i++) {
        x[i] = fma(-(b * pivots[i - 1]), x[i - 1], rhs[i]);
    }
    double l = b * settled;
    for (int i = imax(stored, 1); i < n; i++) {
        x[i] = fma(-l, x[i - 1], rhs[i]);
    }
    x[n - 1] *= n - 1 < stored ? pivots[n - 1] : settled;
    double zeroes = 0.0 * x[n - 1];
    for (int i = n - 2; i >= stored; i--) {
        x[i] = fma(-b, x[i + 1], x[i]) * settled;
        zeroes += 0.0 * x[i];
    }
    for (int i = imin(stored - 1, n - 2); i >= 0; i--) {
        x[i] = fma(-b, x[i + 1], x[i]) * pivots[i];
        zeroes += 0.0 * x[i];
    }
    return zeroes;
}

/* TridiagonalThomas.diagonals: pivots stored for every row; -1 - i when pivot i is not > 0, else 0 with
 * FiniteSolution's sum of 0*x_i in *zeroes */
static long thomas_diagonals(const double *diagonal, const double *off, const double *rhs, double *inverse_pivot,
                             double *x, int n, double *zeroes) {
    if (!positive(diagonal[0])) {
        return -1;
    }
    inverse_pivot[0] = 1.0 / diagonal[0];
    x[0] = rhs[0];
    for (int i = 1; i < n; i++) {
        double b = off == NULL ? 0.0 : off[i - 1];
        double l = b * inverse_pivot[i - 1];
        double pivot = fma(-l, b, diagonal[i]);
        if (!positive(pivot)) {
            return -1 - (long) i;
        }
        inverse_pivot[i] = 1.0 / pivot;
        x[i] = fma(-l, x[i - 1], rhs[i]);
    }
    x[n - 1] *= inverse_pivot[n - 1];
    double sum = 0.0 * x[n - 1];
    for (int i = n - 2; i >= 0; i--) {
        double b = off == NULL ? 0.0 : off[i];
        x[i] = fma(-b, x[i + 1], x[i]) * inverse_pivot[i];
        sum += 0.0 * x[i];
    }
    *zeroes = sum;
    return 0;
}

long cl_thomas(const cl_band *band, const double *rhs, double *x) {
    int n = band->n;
    double *inverse_pivot = workspace((size_t) n);
    if (inverse_pivot == NULL) {
        return -(long) n - 2;
    }
    long status;
    double zeroes = 0.0;
    if (band->c != NULL) {
        double b = band->r >= 1 ? band->c[1] : 0.0;
        status = settled_pivots(band->c[0], b, n, inverse_pivot);
        if (status > 0) {
            zeroes = thomas_constant(b, inverse_pivot, (int) status, rhs, x, n);
            status = 0;
        }
    } else {
        status = thomas_diagonals(band->d[0], band->r >= 1 ? band->d[1] : NULL, rhs, inverse_pivot, x, n, &zeroes);
    }
    if (status != 0) {
        return status;
    }
    /* FiniteSolution: every entry finite exactly when the sum of 0*x_i is not NaN */
    return isnan(zeroes) ? -(long) n - 3 : 0;
}

/* ---- Sturm counts and bisection of the extremes (SturmCount, ExtremeBisection, SimilarBand) ----
 * Compiled without contraction into fused multiply-adds, so that the brackets, midpoints and
 * tolerances are Java's bit for bit (the benchmark checks that). It costs nothing: the count's
 * recurrence q = (a - x) - b^2/q has no multiply-add; only the bounds' arithmetic would change. */
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")

#define EPSILON DBL_EPSILON               /* Math.ulp(1.0) */
#define BRACKET_ULPS 2.0                  /* ExtremeBisection.BRACKET_ULPS */
#define MAX_HALVINGS 400                  /* ExtremeBisection.MAX_HALVINGS */
#define BACKWARD_ULPS 4.0                 /* SturmCount.BACKWARD_ULPS */
#define RELATIVE_ULPS 8.0                 /* SturmCount.RELATIVE_ULPS */
#define KERNEL_BRACKET 0.25               /* BandedEngine.KERNEL_BRACKET */

typedef struct {
    int n;
    double *diagonal;
    double *off_squared;
    double pivmin;
} sturm;

/* SimilarBand of S = W^1/2 K W^1/2 (r <= 1): diagonal, off-diagonal squared, Gershgorin bounds, |S| row sum */
typedef struct {
    sturm tests;
    double gershgorin[2];
    double absolute_row_sum;
} similar;

/* S's tests and bounds in 4n doubles of `work` (root and radius are scratch) */
static void similar_of(const cl_band *b, const double *w, similar *s, double *work) {
    int n = b->n;
    double *root = work;
    double *radius = work + n;
    s->tests.n = n;
    s->tests.diagonal = work + 2 * (size_t) n;
    s->tests.off_squared = work + 3 * (size_t) n;
    for (int i = 0; i < n; i++) {
        root[i] = w == NULL ? 1.0 : sqrt(w[i]);
        radius[i] = 0.0;
    }
    double largest = 1.0;
    for (int i = 0; i < n; i++) {
        s->tests.diagonal[i] = root[i] * upper(b, i, 0) * root[i];
    }
    for (int i = 0; i < n - 1; i++) {
        double e = b->r >= 1 ? root[i] * upper(b, i, 1) * root[i + 1] : 0.0;
        s->tests.off_squared[i] = e * e;
        largest = fmax(largest, s->tests.off_squared[i]);
        if (b->r >= 1) {
            double a = fabs(e);
            radius[i] += a;
            radius[i + 1] += a;
        }
    }
    s->tests.pivmin = DBL_MIN * largest;
    double lower = INFINITY;
    double higher = -INFINITY;
    double row_sum = 0.0;
    for (int i = 0; i < n; i++) {
        double d = s->tests.diagonal[i];
        lower = fmin(lower, d - radius[i]);
        higher = fmax(higher, d + radius[i]);
        row_sum = fmax(row_sum, fabs(d) + radius[i]);
    }
    s->gershgorin[0] = lower;
    s->gershgorin[1] = higher;
    s->absolute_row_sum = row_sum;
}

static inline double guard(double q, double pivmin) {
    if (__builtin_expect(fabs(q) < pivmin, 0)) {
        __asm__ volatile("" : "+x"(q)); /* keeps gcc from if-converting the branch into a blend */
        q = -pivmin;
    }
    return q;
}

static int count_below(const sturm *t, double x) {
    const double *a = t->diagonal;
    const double *b2 = t->off_squared;
    double pivmin = t->pivmin;
    double q = guard(a[0] - x, pivmin);
    int count = q < 0;
    for (int i = 1; i < t->n; i++) {
        q = guard((a[i] - x) - b2[i - 1] / q, pivmin);
        count += q < 0;
    }
    return count;
}

/* SturmCount.both: the two recurrences of a bisection pass interleaved */
static int both(const sturm *t, double low, double high) {
    const double *a = t->diagonal;
    const double *b2 = t->off_squared;
    double pivmin = t->pivmin;
    int n = t->n;
    double qa = guard(a[0] - low, pivmin);
    double qb = guard(a[0] - high, pivmin);
    int below_low = qa < 0;
    int below_high = qb < 0;
    for (int i = 1; i < n; i++) {
        qa = guard((a[i] - low) - b2[i - 1] / qa, pivmin);
        qb = guard((a[i] - high) - b2[i - 1] / qb, pivmin);
        below_low += qa < 0;
        below_high += qb < 0;
    }
    return (below_low == 0 ? 1 : 0) | (below_high == n ? 2 : 0);
}

static double absolute_backward(const sturm *t, double norm) {
    return BACKWARD_ULPS * EPSILON * norm + 2.0 * t->pivmin;
}

static double norm_of(const double g[2]) {
    return fmax(fabs(g[0]), fabs(g[1]));
}

/* ExtremeBisection.extremes: brackets {minLo, minHi, maxLo, maxHi} */
static void bisect_extremes(const sturm *t, const double g[2], double brackets[4]) {
    double norm = norm_of(g);
    double absolute_width = fmax(BRACKET_ULPS * EPSILON * norm, DBL_MIN);
    double margin = EPSILON * norm + DBL_MIN;
    double min_lo = g[0] - margin;
    double min_hi = g[1] + margin;
    double max_lo = min_lo;
    double max_hi = min_hi;
    int relative = min_lo >= 0;
    if (!relative && 0 < min_hi && count_below(t, 0.0) == 0) {
        min_lo = 0.0;
        relative = 1;
    }
    for (int halving = 0; halving < MAX_HALVINGS; halving++) {
        int min_open = min_hi - min_lo > (relative ? BRACKET_ULPS * EPSILON * min_hi : absolute_width);
        int max_open = max_hi - max_lo > absolute_width;
        if (!min_open && !max_open) {
            break;
        }
        double min_mid = 0.5 * (min_lo + min_hi);
        double max_mid = 0.5 * (max_lo + max_hi);
        int tests = min_open && max_open ? both(t, min_mid, max_mid)
                    : min_open           ? (count_below(t, min_mid) == 0 ? 1 : 0)
                                         : (count_below(t, max_mid) == t->n ? 2 : 0);
        if (min_open) {
            if (tests & 1) {
                min_lo = min_mid;
            } else {
                min_hi = min_mid;
            }
        }
        if (max_open) {
            if (tests & 2) {
                max_hi = max_mid;
            } else {
                max_lo = max_mid;
            }
        }
    }
    brackets[0] = min_lo;
    brackets[1] = min_hi;
    brackets[2] = max_lo;
    brackets[3] = max_hi;
}

/* ExtremeBisection.lowerBoundOfSmallest */
static double lower_bound_of_smallest(const sturm *t, const double g[2], double relative_width) {
    double hi = g[1] + EPSILON * norm_of(g) + DBL_MIN;
    if (!(hi > 0) || count_below(t, 0.0) != 0) {
        return 0.0;
    }
    double lo = 0.0;
    for (int halving = 0; halving < MAX_HALVINGS && hi - lo > relative_width * hi; halving++) {
        double mid = 0.5 * (lo + hi);
        if (count_below(t, mid) == 0) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return lo;
}

int cl_sturm_extremes(const cl_band *band, const double *w, double out[4]) {
    similar s;
    similar k;
    double *work = workspace(8 * (size_t) band->n);
    if (work == NULL) {
        return -1;
    }
    similar_of(band, w, &s, work);
    similar_of(band, NULL, &k, work + 4 * (size_t) band->n);
    double brackets[4];
    bisect_extremes(&s.tests, s.gershgorin, brackets);
    double absolute = absolute_backward(&s.tests, norm_of(s.gershgorin));
    /* BandedEngine.relativeBackward on K */
    double lower = lower_bound_of_smallest(&k.tests, k.gershgorin, KERNEL_BRACKET)
                   - absolute_backward(&k.tests, norm_of(k.gershgorin));
    double relative = lower > 0 ? RELATIVE_ULPS * EPSILON * k.absolute_row_sum / lower : INFINITY;
    /* ExtremeBisection.Brackets.bounds */
    double min_half = 0.5 * (brackets[1] - brackets[0]);
    double min_tolerance = min_half + absolute;
    if (brackets[0] >= 0 && relative < 1) {
        min_tolerance = fmin(min_tolerance, min_half + relative * brackets[1] / (1 - relative));
    }
    double max_tolerance = 0.5 * (brackets[3] - brackets[2]) + absolute;
    out[0] = 0.5 * (brackets[0] + brackets[1]);
    out[1] = 0.5 * (brackets[2] + brackets[3]);
    out[2] = min_tolerance * (1 + 4 * EPSILON);
    out[3] = max_tolerance * (1 + 4 * EPSILON);
    return 0;
}

#pragma GCC pop_options

const char *cl_describe(void) {
    static char line[256];
    const char *isa =
#if defined(__AVX512F__)
        "AVX-512F (8 doubles per vector)";
#elif defined(__AVX2__)
        "AVX2 (4 doubles per vector)";
#elif defined(__ARM_NEON)
        "NEON (2 doubles per vector)";
#else
        "no wide vectors";
#endif
    snprintf(line, sizeof line, "gcc %s, %s%s, OpenMP %d, up to %d threads", __VERSION__, isa,
#if defined(__FMA__)
             " with FMA",
#else
             "",
#endif
             _OPENMP, omp_get_max_threads());
    return line;
}
