#!/usr/bin/env bash
# MeshNAT setup, build, run and test in one place (Debian 12, as root).
#   ./meshnat.sh run     install packages, build, start the workbench on the
#                        seed-incident example (headless: run meshnat-cli on it)
#   ./meshnat.sh test    install packages, build, run every test through ctest
#                        (then the same tests under ASan+UBSan unless MESHNAT_ASAN=0,
#                        then a short libFuzzer run of each reader in build-fuzz/)
#   ./meshnat.sh build   install packages and build only
#   ./meshnat.sh package build the Debian package build-package/meshnat_VERSION_ARCH.deb
#                        (Debian's build flags, no tests, CPack)
#   ./meshnat.sh package-check [DEB]
#                        validate that package (desktop-file-validate, appstreamcli,
#                        lintian), install it with apt-get, smoke-test the installed
#                        programs and MIME type, then purge it again (test does this too)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config zlib1g-dev
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqcustomplot-dev
    libgl-dev libxkbcommon-dev xvfb xauth fonts-ipafont-gothic
    clang libclang-rt-14-dev poppler-utils iproute2 iptables conntrack
    dpkg-dev file help2man desktop-file-utils appstream lintian xdg-utils
    libfile-mimeinfo-perl shared-mime-info man-db coturn python3-textfsm
    libpcap0.8-dev tcpdump iputils-ping strongswan-charon strongswan-swanctl libstrongswan-standard-plugins
    libcharon-extra-plugins
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
    # Shared own libraries: ~80 test executables then do not each carry a copy
    # (the package, built by package(), links them statically).
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMESHNAT_SHARED_LIBS=ON "$@" >/dev/null
    cmake --build "$dir" -j "$JOBS"
}

run_tests() { # run_tests DIR [CTEST ARGS...]
    local dir=$1; shift
    (cd "$dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$JOBS" --timeout 900 "$@")
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

package() { # build-package/meshnat_*.deb, built the way a distribution would
    local dir=build-package
    # Debian's flags (hardening, -O2 -g; CPack strips), no -Werror, no tests.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None -DBUILD_TESTING=OFF \
        -DMESHNAT_WERROR=OFF -DCMAKE_INSTALL_PREFIX=/usr \
        -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
    cmake --build "$dir" -j "$JOBS"
    rm -f "$dir"/meshnat_*.deb
    (cd "$dir" && cpack -G DEB >/dev/null)
    ls "$dir"/meshnat_*.deb
}

fail() { echo "meshnat: $*" >&2; return 1; }

smoke_test_installed() { # in a scratch directory, VERSION; each check returns on failure
    local version=$1
    mkdir -p home
    export HOME=$PWD/home XDG_CONFIG_HOME=$PWD/home/.config XDG_DATA_HOME=$PWD/home/.local/share
    unset XDG_CURRENT_DESKTOP
    [ "$(/usr/bin/meshnat-cli --version | cut -d' ' -f2)" = "$version" ] ||
        fail "meshnat-cli --version is not $version" || return
    [ "$(QT_QPA_PLATFORM=offscreen /usr/bin/meshnat --version | cut -d' ' -f2)" = "$version" ] ||
        fail "meshnat --version is not $version" || return
    /usr/bin/meshnat-cli simulate --example seed-incident > simulate.txt ||
        fail "meshnat-cli simulate --example seed-incident failed" || return
    grep -q 4500 simulate.txt || fail "meshnat-cli simulate printed no UDP 4500 translation" || return
    # The workbench on an installed example opened by path; it must exit by itself.
    QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/meshnat \
        /usr/share/meshnat/examples/seed-incident.meshnat --screenshot shot.png 2> meshnat.err ||
        { cat meshnat.err >&2; fail "meshnat on an example file did not exit 0"; return; }
    ! grep '^meshnat:' meshnat.err >&2 || fail "meshnat reported an error" || return
    file shot.png | grep -q 'PNG image data' || fail "no screenshot from meshnat" || return
    cp /usr/share/meshnat/examples/fixed-site.meshnat x.meshnat
    [ "$(xdg-mime query filetype x.meshnat)" = application/x-meshnat ] ||
        fail "xdg-mime does not know x.meshnat as application/x-meshnat" || return
    [ -n "$(xdg-mime query default application/x-meshnat)" ] ||
        fail "no application opens application/x-meshnat" || return
    man -w meshnat meshnat-cli >/dev/null || fail "man pages not found" || return
}

package_check() { # package_check DEB: validate, install, smoke-test, purge
    local deb tmp version
    deb=$(realpath "$1")
    tmp=$(mktemp -d)
    echo "meshnat: checking $deb"
    dpkg-deb -x "$deb" "$tmp/root"
    desktop-file-validate "$tmp"/root/usr/share/applications/*.desktop
    appstreamcli validate --no-net "$tmp"/root/usr/share/metainfo/*.metainfo.xml
    # No errors allowed; the warnings and infos kept are explained in packaging/README.md.
    lintian --fail-on error --display-info "$deb"

    # One version everywhere: the package, AppStream and both programs (below).
    version=$(dpkg-deb -f "$deb" Version)
    grep -q "<release version=\"$version\"" "$tmp"/root/usr/share/metainfo/*.metainfo.xml ||
        { echo "meshnat: AppStream release is not $version" >&2; return 1; }

    as_root apt-get purge -y -qq meshnat >/dev/null 2>&1 || true
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    if ! (cd "$tmp" && smoke_test_installed "$version"); then
        echo "meshnat: the installed package failed its smoke test (files in $tmp)" >&2
        as_root apt-get purge -y -qq meshnat >/dev/null
        return 1
    fi
    as_root apt-get purge -y -qq meshnat >/dev/null
    [ ! -e /usr/bin/meshnat ] && [ ! -e /usr/share/meshnat ] || fail "purge left files behind" || return
    [ "$(cd "$tmp" && xdg-mime query filetype x.meshnat)" != application/x-meshnat ] ||
        fail "application/x-meshnat is still registered after the purge" || return
    rm -rf "$tmp"
    echo "meshnat: package $version validated, installed, smoke-tested and removed"
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
    build build -DMESHNAT_WERROR=ON
    run_tests build
    if [ "${MESHNAT_ASAN:-1}" != 0 ]; then
        echo "meshnat: the same tests under AddressSanitizer + UndefinedBehaviorSanitizer"
        build build-asan -DCMAKE_BUILD_TYPE=Debug -DMESHNAT_SANITIZE=ON -DMESHNAT_WERROR=ON
        ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 run_tests build-asan
    fi
    # libFuzzer targets of the router-data and project readers (clang): a short
    # bounded run of each (MESHNAT_FUZZ_SECONDS, default 20 s).
    echo "meshnat: fuzzing the readers briefly (clang, build-fuzz/)"
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMESHNAT_FUZZ=ON -DMESHNAT_BUILD_GUI=OFF -DMESHNAT_WERROR=ON -DMESHNAT_FUZZ_SECONDS="${MESHNAT_FUZZ_SECONDS:-20}" >/dev/null
    cmake --build build-fuzz -j "$JOBS" --target fuzz_shownat fuzz_conntrack fuzz_ciscoconfig fuzz_project fuzz_stun \
        fuzz_vendor_tables fuzz_configs fuzz_capture
    (cd build-fuzz && ctest --output-on-failure -R '^fuzz_')
    echo "meshnat: building, validating, installing and removing the Debian package"
    package
    package_check "$(ls build-package/meshnat_*.deb)"
    ;;
build)
    install_packages
    build build
    ;;
package)
    install_packages
    package
    ;;
package-check)
    install_packages
    package_check "${2:-$(ls build-package/meshnat_*.deb | tail -n1)}"
    ;;
*)
    echo "usage: $0 run|test|build|package|package-check [DEB]" >&2
    exit 2
    ;;
esac
