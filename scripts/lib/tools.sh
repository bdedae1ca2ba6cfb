# Sourced by the check scripts: finds the real programs a check needs, installs what is missing with apt-get,
# and runs headless LibreOffice so that a file it could not load fails the check (soffice itself exits 0 then).

# libreoffice_has calc|writer: true when soffice is installed with that component. `command -v soffice` alone
# is not enough: libreoffice-writer-nogui installs soffice without Calc, and that soffice answers every
# workbook with "source file could not be loaded".
libreoffice_has() {
    local program
    program="$(command -v soffice 2>/dev/null)" || return 1
    program="$(dirname "$(readlink -f "$program")")"
    case "$1" in
        calc) [ -e "$program/libsclo.so" ] ;;
        writer) [ -e "$program/libswlo.so" ] ;;
        *) echo "libreoffice_has: unknown component '$1'" >&2; return 2 ;;
    esac
}

# install_missing PACKAGE...: apt-get installs the packages named (none: nothing to do).
install_missing() {
    (($#)) || return 0
    echo "installing: $*" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null
}

# soffice_convert PROFILE FILTER OUTDIR LOG EXT FILE...: converts the files with headless LibreOffice (user
# profile PROFILE, --convert-to FILTER) into OUTDIR, the output in LOG; fails, naming the files and showing
# the log, when a file gave no OUTDIR/NAME*.EXT (a CSV filter that writes every sheet gives NAME-SHEET.csv).
soffice_convert() {
    local profile="$1" filter="$2" outdir="$3" log="$4" ext="$5"
    shift 5
    mkdir -p "$outdir"
    if ! soffice -env:UserInstallation="file://$profile" --headless --norestore --convert-to "$filter" \
        --outdir "$outdir" "$@" > "$log" 2>&1; then
        cat "$log" >&2
        echo "LibreOffice failed (exit status above); its output is in $log" >&2
        return 1
    fi
    local file name missing=()
    for file in "$@"; do
        name="$(basename "${file%.*}")"
        compgen -G "$outdir/$name*.$ext" > /dev/null || missing+=("$file")
    done
    if ((${#missing[@]})); then
        cat "$log" >&2
        echo "LibreOffice wrote nothing for ${#missing[@]} of $# file(s), first: ${missing[0]} (log: $log)" >&2
        return 1
    fi
}
