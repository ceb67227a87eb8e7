#!/bin/sh
# Builds the native reference library benchmarks/native/build/libconelabnative.so on this machine:
#   gcc -O3 -march=native -fopenmp (plus -shared -fPIC and the JDK's JNI headers).
# CC and JAVA_HOME may be set; JAVA_HOME defaults to the JDK of the `java` on the PATH.
# CFLAGS, when set, is added after -march=native, e.g. CFLAGS=-mno-avx512f for AVX2 code on an
# AVX-512 machine (beside a JVM with -XX:UseAVX=2: the README's AVX2 rows measured that way).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cc=${CC:-gcc}
if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
fi
if [ ! -f "$JAVA_HOME/include/jni.h" ]; then
    echo "build.sh: no jni.h under JAVA_HOME=$JAVA_HOME (a JDK, not a JRE, is needed)" >&2
    exit 1
fi
mkdir -p "$here/build"
# shellcheck disable=SC2086 # CFLAGS is a list of options
"$cc" -O3 -march=native ${CFLAGS:-} -fopenmp -shared -fPIC -Wall -Wextra -Wno-unused-parameter \
    -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux" \
    "$here/conelab_native.c" "$here/conelab_jni.c" -o "$here/build/libconelabnative.so"
echo "$here/build/libconelabnative.so"
