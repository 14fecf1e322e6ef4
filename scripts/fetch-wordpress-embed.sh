#!/usr/bin/env bash
# Fetches WordPress's own host-page embed script, wp-embed.js, from Debian's `wordpress` package into
# .cache/wordpress/, for the browser test of the card inside a WordPress page. The package is unpacked, not
# installed, so no PHP is needed. Runs once; later runs find the file and stop.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=.cache/wordpress
[ -f "$OUT/wp-embed.js" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# apt downloads into the current directory; as root it warns that _apt cannot write there, which is harmless.
(cd "$work" && apt-get download -qq wordpress 2>/dev/null)
deb=$(ls "$work"/wordpress_*.deb)
dpkg-deb -x "$deb" "$work/x"
mkdir -p "$OUT"
cp "$work/x/usr/share/wordpress/wp-includes/js/wp-embed.js" "$OUT/wp-embed.js"
dpkg-deb -f "$deb" Version >"$OUT/VERSION"
echo "wp-embed.js from Debian wordpress $(cat "$OUT/VERSION") in $OUT"
