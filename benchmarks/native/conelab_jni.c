/*
 * JNI entry points of org.conelab.benchmarks.NativeReference: the Java arrays are pinned
 * (GetPrimitiveArrayCritical, no copies) for the duration of each call, so the C code works on
 * the same memory as the Java solver it is compared with.
 */
#include <jni.h>
#include <stdlib.h>

#include "conelab_native.h"

#define MAX_DIAGONALS 64

typedef struct {
    cl_band band;
    jdoubleArray coefficients;
    jdoubleArray diagonals[MAX_DIAGONALS];
    const double *rows[MAX_DIAGONALS];
    int count;
} pinned_band;

static void throw_new(JNIEnv *env, const char *type, const char *message) {
    jclass c = (*env)->FindClass(env, type);
    if (c != NULL) {
        (*env)->ThrowNew(env, c, message);
    }
}

/* collects the references first: no other JNI call may come between Get and Release ...Critical */
static int band_refs(JNIEnv *env, pinned_band *p, jdoubleArray coefficients, jobjectArray diagonals, jint n,
                     jint r) {
    p->band.n = n;
    p->band.r = r;
    p->band.c = NULL;
    p->band.d = NULL;
    p->coefficients = coefficients;
    p->count = 0;
    if (coefficients == NULL) {
        if (diagonals == NULL || r + 1 > MAX_DIAGONALS) {
            throw_new(env, "java/lang/IllegalArgumentException", "a stencil or at most 64 diagonals");
            return -1;
        }
        p->count = r + 1;
        for (int k = 0; k <= r; k++) {
            p->diagonals[k] = (jdoubleArray) (*env)->GetObjectArrayElement(env, diagonals, k);
        }
    }
    return 0;
}

static void band_pin(JNIEnv *env, pinned_band *p) {
    if (p->coefficients != NULL) {
        p->band.c = (*env)->GetPrimitiveArrayCritical(env, p->coefficients, NULL);
    } else {
        for (int k = 0; k < p->count; k++) {
            p->rows[k] = (*env)->GetPrimitiveArrayCritical(env, p->diagonals[k], NULL);
        }
        p->band.d = p->rows;
    }
}

static void band_release(JNIEnv *env, pinned_band *p) {
    if (p->coefficients != NULL) {
        (*env)->ReleasePrimitiveArrayCritical(env, p->coefficients, (void *) p->band.c, JNI_ABORT);
    } else {
        for (int k = p->count - 1; k >= 0; k--) {
            (*env)->ReleasePrimitiveArrayCritical(env, p->diagonals[k], (void *) p->rows[k], JNI_ABORT);
        }
    }
}

JNIEXPORT void JNICALL Java_org_conelab_benchmarks_NativeReference_evolve(
        JNIEnv *env, jclass cls, jdoubleArray coefficients, jobjectArray diagonals, jint n, jint r,
        jdoubleArray weights, jdouble eta, jdoubleArray error, jint steps, jint tile, jint blockSteps,
        jint threads) {
    pinned_band p;
    if (band_refs(env, &p, coefficients, diagonals, n, r) != 0) {
        return;
    }
    band_pin(env, &p);
    double *w = (*env)->GetPrimitiveArrayCritical(env, weights, NULL);
    double *e = (*env)->GetPrimitiveArrayCritical(env, error, NULL);
    int status = cl_evolve(&p.band, w, eta, e, steps, tile, blockSteps, threads);
    (*env)->ReleasePrimitiveArrayCritical(env, error, e, 0);
    (*env)->ReleasePrimitiveArrayCritical(env, weights, w, JNI_ABORT);
    band_release(env, &p);
    if (status != 0) {
        throw_new(env, "java/lang/OutOfMemoryError", "native evolve: out of memory");
    }
}

JNIEXPORT jdoubleArray JNICALL Java_org_conelab_benchmarks_NativeReference_thomas(
        JNIEnv *env, jclass cls, jdoubleArray coefficients, jobjectArray diagonals, jint n, jint r,
        jdoubleArray rhs) {
    pinned_band p;
    if (band_refs(env, &p, coefficients, diagonals, n, r) != 0) {
        return NULL;
    }
    /* the solution is a new array, as the Java solver returns one */
    jdoubleArray solution = (*env)->NewDoubleArray(env, n);
    if (solution == NULL) {
        return NULL;
    }
    band_pin(env, &p);
    double *b = (*env)->GetPrimitiveArrayCritical(env, rhs, NULL);
    double *x = (*env)->GetPrimitiveArrayCritical(env, solution, NULL);
    long status = cl_thomas(&p.band, b, x);
    (*env)->ReleasePrimitiveArrayCritical(env, solution, x, 0);
    (*env)->ReleasePrimitiveArrayCritical(env, rhs, b, JNI_ABORT);
    band_release(env, &p);
    if (status != 0) {
        throw_new(env, "java/lang/ArithmeticException", status == -(long) n - 3 ? "native Thomas: x not finite"
                  : status == -(long) n - 2 ? "native Thomas: out of memory" : "native Thomas: not positive definite");
        return NULL;
    }
    return solution;
}

JNIEXPORT jdoubleArray JNICALL Java_org_conelab_benchmarks_NativeReference_sturmExtremes(
        JNIEnv *env, jclass cls, jdoubleArray coefficients, jobjectArray diagonals, jint n, jint r,
        jdoubleArray weights) {
    pinned_band p;
    if (r > 1) {
        throw_new(env, "java/lang/IllegalArgumentException", "Sturm counts need a tri-diagonal matrix");
        return NULL;
    }
    if (band_refs(env, &p, coefficients, diagonals, n, r) != 0) {
        return NULL;
    }
    jdoubleArray result = (*env)->NewDoubleArray(env, 4);
    if (result == NULL) {
        return NULL;
    }
    double out[4];
    band_pin(env, &p);
    double *w = (*env)->GetPrimitiveArrayCritical(env, weights, NULL);
    int status = cl_sturm_extremes(&p.band, w, out);
    (*env)->ReleasePrimitiveArrayCritical(env, weights, w, JNI_ABORT);
    band_release(env, &p);
    if (status != 0) {
        throw_new(env, "java/lang/OutOfMemoryError", "native extremes: out of memory");
        return NULL;
    }
    (*env)->SetDoubleArrayRegion(env, result, 0, 4, out);
    return result;
}

JNIEXPORT jstring JNICALL Java_org_conelab_benchmarks_NativeReference_describe(JNIEnv *env, jclass cls) {
    return (*env)->NewStringUTF(env, cl_describe());
}
