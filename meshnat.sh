#!/usr/bin/env bash
# MeshNAT setup, build, run and test in one place (Debian 12, as root).
#   ./meshnat.sh run     install packages, build, start the workbench on the
#                        seed-incident example (headless: run meshnat-cli on it)
#   ./meshnat.sh test    install packages, build, run every test through ctest
#                        (then the same tests under ASan+UBSan unless MESHNAT_ASAN=0,
#                        then a short libFuzzer run of each reader in build-fuzz/)
#   ./meshnat.sh build   install packages and build only
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev
    libgl-dev libxkbcommon-dev xvfb xauth fonts-ipafont-gothic
    clang libclang-rt-14-dev poppler-utils iproute2 iptables conntrack
)
JOBS=$(nproc 2>/dev/null || echo 2)

install_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "meshnat: installing ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "meshnat: run as root to install packages" >&2; exit 1; }
        sudo=sudo
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # build DIR [cmake args...]
    local dir=$1; shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$dir" -j "$JOBS"
}

run_tests() { # run_tests DIR
    (cd "$1" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$JOBS" --timeout 900)
}

case "${1:-run}" in
run)
    install_packages
    build build
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec build/app/meshnat --example seed-incident
    fi
    echo "meshnat: no display; running meshnat-cli on the seed-incident example"
    build/app/cli/meshnat-cli validate --example seed-incident
    exec build/app/cli/meshnat-cli simulate --example seed-incident
    ;;
test)
    # In CI the kernel fidelity test must run, not skip.
    [ -n "${CI:-}" ] && export MESHNAT_FIDELITY_REQUIRED=1
    install_packages
    build build
    run_tests build
    if [ "${MESHNAT_ASAN:-1}" != 0 ]; then
        echo "meshnat: the same tests under AddressSanitizer + UndefinedBehaviorSanitizer"
        build build-asan -DCMAKE_BUILD_TYPE=Debug -DMESHNAT_SANITIZE=ON
        ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 run_tests build-asan
    fi
    # libFuzzer targets of the router-data and project readers (clang): a short
    # bounded run of each (MESHNAT_FUZZ_SECONDS, default 20 s).
    echo "meshnat: fuzzing the readers briefly (clang, build-fuzz/)"
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMESHNAT_FUZZ=ON -DMESHNAT_BUILD_GUI=OFF -DMESHNAT_FUZZ_SECONDS="${MESHNAT_FUZZ_SECONDS:-20}" >/dev/null
    cmake --build build-fuzz -j "$JOBS" --target fuzz_shownat fuzz_ciscoconfig fuzz_project
    (cd build-fuzz && ctest --output-on-failure -R '^fuzz_')
    ;;
build)
    install_packages
    build build
    ;;
*)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
