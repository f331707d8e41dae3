#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-cli-docs.sh PATH/TO/reviewbench-cli SOURCE_DIR
#
# Checks that the manual page and the bash completion of reviewbench-cli follow the
# program's own help:
#   - every command of 'reviewbench-cli --help' has its entry in docs/man/reviewbench-cli.1
#     (a '.TP' whose tag starts with \fBCOMMAND\fR) and is completed at position 1;
#   - every option of 'reviewbench-cli COMMAND --help' is completed after COMMAND and is
#     described, as \fB--option\fR, in COMMAND's entry of the manual page (or among the
#     options of every command);
#   - the completion file parses (bash -n) and completes 'res' to results (not report),
#     're' to results and report, 'results x.rbdb --' to the options of results and
#     'results x.rbdb --method' to its methods (with and without bash-completion);
#   - both manual pages format without warnings (when man and groff are installed).
# Exits 0 when all holds; otherwise prints what is missing and exits 1 (2 for bad usage).

set -u

if [[ $# -ne 2 ]]; then
    echo "usage: $0 PATH/TO/reviewbench-cli SOURCE_DIR" >&2
    exit 2
fi
cli=$1
src=$2
man_page=$src/docs/man/reviewbench-cli.1
gui_man_page=$src/docs/man/reviewbench.1
completion=$src/resources/linux/reviewbench-cli.bash-completion

failures=0
fail()
{
    echo "FAIL: $*"
    failures=$((failures + 1))
}

for f in "$man_page" "$gui_man_page" "$completion"; do
    [[ -f $f ]] || fail "missing file $f"
done
if [[ ! -x $cli ]]; then
    echo "FAIL: $cli is not an executable" >&2
    exit 1
fi
((failures)) && exit 1

# The help in English, whatever the machine's language; no display needed.
export REVIEWBENCH_LANG=en
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# ------------------------------------------------------------------ the program's help
if ! main_help=$("$cli" --help 2>/dev/null); then
    echo "FAIL: '$cli --help' failed" >&2
    exit 1
fi
mapfile -t commands < <(printf '%s\n' "$main_help" | awk '/^Commands:/ { f = 1; next } f && /^[[:space:]]*$/ { exit } f { print $1 }')
if ((${#commands[@]} == 0)); then
    echo "FAIL: no commands found in '$cli --help'" >&2
    exit 1
fi

# The options a command's help lists (the option lines of its Options: section).
options_of()
{
    "$cli" "$1" --help 2>/dev/null |
        awk '/^Options:/ { f = 1; next } /^Arguments:/ { f = 0 } f' |
        grep -oE '^  (-[A-Za-z], )?--[A-Za-z0-9][A-Za-z0-9-]*' |
        grep -oE -- '--[A-Za-z0-9][A-Za-z0-9-]*$'
}

# ------------------------------------------------------------------ the manual page
# The page's source with '\-' read as '-' and the escape '\&' dropped.
man_text=$(sed -e 's/\\-/-/g' -e 's/\\&//g' "$man_page")

# The lines of COMMAND's entry: from the '.TP' whose tag starts with \fBCOMMAND\fR to the
# next command's entry or section.
man_entry()
{
    printf '%s\n' "$man_text" | awk -v cmd="$1" '
        /^\.SH / { if (in_cmds) exit; in_cmds = ($2 == "COMMANDS"); next }
        !in_cmds { next }
        /^\.RS/ { depth++ }
        /^\.RE/ { depth-- }
        prev_tp && depth == 0 {
            if (index($0, "\\fB" cmd "\\fR") == 1) { found = 1 }
            else if (found) { exit }
        }
        found { print }
        { prev_tp = ($0 ~ /^\.TP/) }'
}

# The options documented for every command (the .SS "Options of every command").
man_common=$(printf '%s\n' "$man_text" | awk '/^\.SS Options of every command/ { f = 1; next } /^\.S[HS] / { f = 0 } f')

# Whether TEXT documents OPTION as \fB--option\fR.
documents()
{
    local text=$1 option=$2
    [[ $text == *"\\fB$option\\fR"* ]]
}

# ------------------------------------------------------------------ the completion
completion_ok=true
if ! errors=$(bash -n "$completion" 2>&1); then
    fail "bash -n $completion: $errors"
    completion_ok=false
elif ! errors=$(bash --norc --noprofile -c 'source "$1" && declare -F _reviewbench_cli >/dev/null' _ "$completion" 2>&1); then
    fail "sourcing $completion does not define _reviewbench_cli${errors:+: $errors}"
    completion_ok=false
fi

# complete MODE WORD... : the completions of the last word ('plain' bash, or with the
# bash-completion package loaded: 'bash-completion'), one a line.
bash_completion_lib=""
for f in /usr/share/bash-completion/bash_completion /etc/bash_completion; do
    if [[ -r $f ]]; then
        bash_completion_lib=$f
        break
    fi
done
complete_words()
{
    local mode=$1
    shift
    # shellcheck disable=SC2016
    bash --norc --noprofile -c '
        mode=$1 lib=$2 file=$3
        shift 3
        if [[ $mode == bash-completion ]]; then
            source "$lib" >/dev/null 2>&1 || exit 3
        fi
        source "$file" 2>/dev/null || exit 3
        declare -F _reviewbench_cli >/dev/null || exit 4
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"
        COMP_POINT=${#COMP_LINE}
        COMPREPLY=()
        _reviewbench_cli
        printf "%s\n" "${COMPREPLY[@]}"
    ' check-completion "$mode" "$bash_completion_lib" "$completion" "$@"
}

modes=(plain)
[[ -n $bash_completion_lib ]] && modes+=(bash-completion)

# Whether the newline-separated LIST holds WORD.
holds()
{
    grep -qxF -- "$2" <<<"$1"
}

$completion_ok || modes=()
for mode in "${modes[@]}"; do
    # 'res' is a prefix of results only: 'report' comes with 're' (and must not with 'res').
    got=$(complete_words "$mode" reviewbench-cli res) || fail "completion ($mode): sourcing or running _reviewbench_cli failed"
    holds "$got" results || fail "completion ($mode): 'reviewbench-cli res' does not offer results (got: ${got//$'\n'/ })"
    holds "$got" report && fail "completion ($mode): 'reviewbench-cli res' offers report, which does not start with 'res'"
    got=$(complete_words "$mode" reviewbench-cli re)
    for want in results report; do
        holds "$got" "$want" || fail "completion ($mode): 'reviewbench-cli re' does not offer $want (got: ${got//$'\n'/ })"
    done
    got=$(complete_words "$mode" reviewbench-cli results x.rbdb --)
    holds "$got" --method || fail "completion ($mode): 'reviewbench-cli results x.rbdb --' does not offer --method (got: ${got//$'\n'/ })"
    got=$(complete_words "$mode" reviewbench-cli results x.rbdb --method "")
    holds "$got" trimmed || fail "completion ($mode): 'reviewbench-cli results x.rbdb --method' does not offer trimmed (got: ${got//$'\n'/ })"
done

# ------------------------------------------------------------------ each command
completed_commands=""
static_commands=""
if $completion_ok; then
    completed_commands=$(complete_words plain reviewbench-cli "")
    # shellcheck disable=SC2016
    static_commands=$(bash --norc --noprofile -c 'source "$1" && printf "%s\n" $_reviewbench_cli_commands' _ "$completion" 2>/dev/null)
fi
n_options=0
for command in "${commands[@]}"; do
    if $completion_ok; then
        holds "$completed_commands" "$command" || fail "completion: command '$command' is not completed at position 1"
        holds "$static_commands" "$command" || fail "completion: command '$command' is not in _reviewbench_cli_commands"
    fi
    entry=$(man_entry "$command")
    [[ -n $entry ]] || fail "man page: no entry '.TP' + '\\fB$command\\fR' for command '$command'"

    if ! "$cli" "$command" --help >/dev/null 2>&1; then
        fail "'$cli $command --help' failed"
        continue
    fi
    mapfile -t options < <(options_of "$command")
    ((${#options[@]})) || fail "no options found in '$cli $command --help'"
    completed=""
    $completion_ok && completed=$(complete_words plain reviewbench-cli "$command" --)
    for option in "${options[@]}"; do
        n_options=$((n_options + 1))
        if $completion_ok; then
            holds "$completed" "$option" || fail "completion: '$command' does not offer $option"
        fi
        if ! documents "$entry" "$option" && ! documents "$man_common" "$option"; then
            if documents "$man_text" "$option" || [[ $man_text == *"$option"* ]]; then
                fail "man page: $option of '$command' is not in the entry of '$command' (as \\fB\\-\\-${option#--}\\fR)"
            else
                fail "man page: $option of '$command' is missing"
            fi
        fi
    done
done

# ------------------------------------------------------------------ formatting
if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
    for page in "$man_page" "$gui_man_page"; do
        for locale in C.UTF-8 C; do
            warnings=$(LC_ALL=$locale MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
            [[ -z $warnings ]] || fail "man --warnings -l $page (LC_ALL=$locale): $warnings"
        done
    done
else
    echo "note: man or groff is not installed; the pages' formatting was not checked"
fi

if ((failures)); then
    echo "check-cli-docs: $failures problem(s)"
    exit 1
fi
echo "check-cli-docs: ${#commands[@]} commands and $n_options command options documented and completed (completion tested in: ${modes[*]})"
exit 0
