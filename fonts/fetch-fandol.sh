#!/usr/bin/env bash
# Provisions the Fandol fonts (GPL with font exception, see fonts/LICENSE-Fandol.md) from
# Debian's texlive-lang-chinese without installing TeX: apt-get download + dpkg-deb -x.
# Destination: $GONGWEN_FONT_DIR or fonts/fandol beside this script. Idempotent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${GONGWEN_FONT_DIR:-$here/fandol}"
wanted=(FandolSong-Regular.otf FandolSong-Bold.otf FandolFang-Regular.otf
        FandolHei-Regular.otf FandolKai-Regular.otf)

have_all=1
for f in "${wanted[@]}"; do [ -s "$dest/$f" ] || have_all=0; done
if [ "$have_all" = 1 ]; then exit 0; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"  # apt-get download fetches as user _apt, which must reach this folder
if ! ( cd "$work" && apt-get download texlive-lang-chinese >/dev/null 2>&1 ); then
  # The package lists may be missing or stale on a machine that had every package already.
  apt-get update >/dev/null
  ( cd "$work" && apt-get download texlive-lang-chinese >/dev/null )
fi
deb="$(ls "$work"/texlive-lang-chinese_*.deb)"
dpkg-deb -x "$deb" "$work/x"
src="$work/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
mkdir -p "$dest"
for f in "${wanted[@]}"; do
  install -m 0644 "$src/$f" "$dest/$f.tmp"
  mv "$dest/$f.tmp" "$dest/$f"
done
echo "Fandol fonts in $dest"
