#!/usr/bin/env bash
# Builds a self-contained `lke` (the Swift standard library and Foundation linked in, so the machine it runs
# on needs no Swift toolchain) and installs it under PREFIX:
#   PREFIX/bin/lke
#   PREFIX/share/man/man1/lke.1                         (when the repository carries the man page)
#   PREFIX/share/bash-completion/completions/lke, PREFIX/share/zsh/site-functions/_lke,
#   PREFIX/share/fish/vendor_completions.d/lke.fish     (when `lke completions` exists)
#
# Usage: scripts/install.sh [PREFIX]     (default PREFIX: /usr/local; use ~/.local to install without root)
#   SCRATCH=dir   the build directory (default: .build)
# Prints what it installed; exits non-zero when the build or a copy fails. Nothing outside PREFIX is touched.
set -euo pipefail
cd "$(dirname "$0")/.."

prefix="${1:-/usr/local}"
scratch="${SCRATCH:-.build}"

echo "building lke (release, static Swift standard library)..." >&2
swift build -c release --product lke --static-swift-stdlib --scratch-path "$scratch" >&2
binary="$scratch/release/lke"
"$binary" --version >/dev/null

install -d "$prefix/bin"
install -m 0755 "$binary" "$prefix/bin/lke"
echo "installed $prefix/bin/lke ($("$prefix/bin/lke" --version))"

if [ -f docs/lke.1 ]; then
    install -d "$prefix/share/man/man1"
    install -m 0644 docs/lke.1 "$prefix/share/man/man1/lke.1"
    echo "installed $prefix/share/man/man1/lke.1"
fi

if "$binary" completions bash >/dev/null 2>&1; then
    install -d "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
        "$prefix/share/fish/vendor_completions.d"
    "$binary" completions bash > "$prefix/share/bash-completion/completions/lke"
    "$binary" completions zsh > "$prefix/share/zsh/site-functions/_lke"
    "$binary" completions fish > "$prefix/share/fish/vendor_completions.d/lke.fish"
    echo "installed shell completions for bash, zsh and fish"
fi

# The installed binary must run without the toolchain's libraries: list what it links against.
if command -v ldd >/dev/null; then
    if ldd "$prefix/bin/lke" | grep -q 'libswift\|libFoundation'; then
        echo "error: $prefix/bin/lke links a Swift library dynamically:" >&2
        ldd "$prefix/bin/lke" >&2
        exit 1
    fi
fi
