/*
 * The memory bandwidth the machine gives a plain C loop, for comparing the evolve benchmarks'
 * traffic with it: c = a + 1.5 b over three arrays of 10^7 doubles (80 MB each, far beyond the
 * caches), on one thread and on two (OpenMP, static halves), best of 7 passes, counting 3 x 80 MB
 * per pass (the write-allocate read of c is not counted).
 *   gcc -O3 -march=native -fopenmp triad.c -o build/triad && build/triad
 */
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    const long n = 10000000;
    double *a = malloc(n * sizeof(double)), *b = malloc(n * sizeof(double)), *c = malloc(n * sizeof(double));
    if (a == NULL || b == NULL || c == NULL) {
        return 1;
    }
    for (long i = 0; i < n; i++) {
        a[i] = 1;
        b[i] = 2;
        c[i] = 0;
    }
    for (int threads = 1; threads <= 2; threads++) {
        double best = 1e9;
        for (int pass = 0; pass < 7; pass++) {
            double start = omp_get_wtime();
#pragma omp parallel for num_threads(threads) schedule(static)
            for (long i = 0; i < n; i++) {
                c[i] = a[i] + 1.5 * b[i];
            }
            double time = omp_get_wtime() - start;
            best = time < best ? time : best;
        }
        printf("triad %d thread(s): %.1f GB/s\n", threads, 3.0 * n * sizeof(double) / best / 1e9);
    }
    return c[7] == 4.0 ? 0 : 1;
}
