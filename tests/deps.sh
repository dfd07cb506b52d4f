#!/bin/sh
# SPDX-License-Identifier: MIT
# Install the Debian packages named as arguments that are missing: with
# apt-get when run as root, otherwise print the command and fail.
missing=
for p in "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
	    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	echo "installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends \
	    $missing >/dev/null || exit 1
else
	echo "briefing: missing packages; run as root:" >&2
	echo "  apt-get install -y$missing" >&2
	exit 1
fi
