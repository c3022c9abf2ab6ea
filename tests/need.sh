# Sourced by the real-client tests: need LABEL PACKAGE... installs the Debian packages
# given with apt-get (as root, or through sudo without a password). When it cannot, it
# says why, prints "LABEL: 0 passed, 0 failed" and exits 0: a test that cannot run
# counts nothing, and says so.
need() {
    label=$1
    shift
    [ $# -gt 0 ] || return 0
    if [ "$(id -u)" -eq 0 ]; then
        run=""
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        run="sudo -n"
    else
        echo "$label: cannot run: missing $* and no root to install them (apt-get install $*)"
        echo "$label: 0 passed, 0 failed"
        exit 0
    fi
    echo "$label: installing $*"
    export DEBIAN_FRONTEND=noninteractive
    if ! { $run apt-get update -qq && $run apt-get install -y -qq --no-install-recommends "$@" >/dev/null; }; then
        echo "$label: cannot run: apt-get could not install $*"
        echo "$label: 0 passed, 0 failed"
        exit 0
    fi
}
