#!/bin/sh
# SPDX-License-Identifier: MIT
# Install pdfjs-dist (tests/pdfjs/package-lock.json) into
# tests/pdfjs/node_modules for struct.mjs; run by make pdfjs-deps when
# the lockfile is newer than the install.  Node comes from DEB_TEST
# (nodejs).  Debian 12's nodejs (18) has no npm, which is the package
# npm; NodeSource's nodejs bundles npm and conflicts with that package:
# so npm is installed only when there is none.  The optional packages
# (canvas, path2d: rendering, which struct.mjs does not do; canvas is
# native) are left out.
set -eu
dir=$(dirname "$0")
command -v node >/dev/null 2>&1 || sh "$dir/../deps.sh" nodejs
command -v npm >/dev/null 2>&1 || sh "$dir/../deps.sh" npm
echo "npm ci --prefix $dir"
npm ci --prefix "$dir" --omit=optional --no-audit --no-fund \
    --loglevel=error >/dev/null
