#!/usr/bin/env bash
# Which of k6's own example scripts jk6 loads: runs `jk6 inspect` (the init context: imports,
# options, open()ed files) on every .js/.ts under a k6 checkout's examples/ folder and counts the
# outcomes by reason. No test traffic is sent (inspect runs no iteration).
#
#   compat/k6-examples.sh /path/to/k6/examples      # prints one line per failing script, then counts
#   JK6=/opt/jk6/bin/jk6 compat/k6-examples.sh ...
set -euo pipefail
examples="${1:?usage: compat/k6-examples.sh PATH_TO_K6_EXAMPLES}"
here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
export K6_NO_USAGE_REPORT=true
total=0 loaded=0
declare -A reasons=()
while IFS= read -r script; do
  total=$((total + 1))
  dir="$(dirname "$script")"
  if out="$(cd "$dir" && timeout 60 "$JK6" inspect "$(basename "$script")" 2>&1)"; then
    loaded=$((loaded + 1))
    continue
  fi
  reason=other
  for pattern in "unknown module [^;]+" "jk6 does not fetch remote modules" "no such file or directory" \
      "is not a function" "[A-Za-z]*Error"; do
    if found="$(grep -m1 -oE "$pattern" <<<"$out" | head -n 1)" && [ -n "$found" ]; then
      reason="$found"
      break
    fi
  done
  reasons["$reason"]=$(( ${reasons["$reason"]:-0} + 1 ))
  echo "${script#"$examples"/}: $reason"
done < <(find "$examples" \( -name '*.js' -o -name '*.ts' \) -not -path '*/node_modules/*' | sort)
echo "loaded $loaded of $total scripts"
for r in "${!reasons[@]}"; do echo "  ${reasons[$r]}  $r"; done | sort -rn
