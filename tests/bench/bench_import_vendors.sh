#!/bin/sh
# bench_import on a generated 1,000,000-row table of each vendor whose table
# MeshNAT reads (issue #15: within 8x wc -l, <= 100 B/row peak). run_all.sh
# runs this with MESHNAT_BUILD_DIR set; ROWS overrides the row count.
set -eu
build=${MESHNAT_BUILD_DIR:-build}
status=0
for vendor in asa-xlate fortigate-session srx-flow-session yamaha-nat; do
    "$build/tests/bench/bench_import" ${ROWS:-1000000} --vendor "$vendor" || status=1
done
exit $status
