#!/usr/bin/env bash
# End to end, as a new user: clones this checkout (its committed HEAD)
# into a temporary folder and runs the two commands at the top of the
# README there, read from the README itself:
#   1. the main job on the bundled seed letter, whose output must show
#      the headline (14 sessions requested, 12 judged);
#   2. the test script, which must pass.
# The real letters are found as the tests find them: $IMRKIT_SHARED, else
# the shared folder beside this checkout.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
shared=${IMRKIT_SHARED:-$src/../shared}
if [ -d "$shared" ]; then
	IMRKIT_SHARED=$(cd "$shared" && pwd)
	export IMRKIT_SHARED
fi

work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
# The committed HEAD, whether a branch or detached (as CI may check out).
commit=$(git -C "$src" rev-parse HEAD)
git clone -q --no-checkout "$src" "$work/imrkit"
cd "$work/imrkit"
git checkout -q --detach "$commit"

# The README's first sh block, comments dropped: one command a line.
mapfile -t cmds < <(awk '/^```sh$/ {f = 1; next} /^```$/ {if (f) exit} f' README.md | sed 's/[[:space:]]*#.*$//' | grep .)
if [ "${#cmds[@]}" != 2 ]; then
	echo "e2e: the README's first block has ${#cmds[@]} commands, want 2: ${cmds[*]}" >&2
	exit 1
fi

echo "e2e: \$ ${cmds[0]}"
status=0
out=$(bash -c "${cmds[0]}" 2>&1) || status=$?
echo "$out"
# check exits 1 when it finds something, as it must on the seed letter
if [ "$status" != 1 ] || [[ $out != *"requests 14"* ]] || [[ $out != *"judges 12"* ]]; then
	echo "e2e: the first command exited $status without the headline (requests 14, judges 12)" >&2
	exit 1
fi

echo "e2e: \$ ${cmds[1]}"
bash -c "${cmds[1]}"
echo "e2e: both README commands ran in a fresh clone"
