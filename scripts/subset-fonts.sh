#!/bin/sh
# Makes the two fonts the PDFs embed (src/pdf/fonts/) from DejaVu Sans in the dejavu-fonts-ttf
# package: only the scripts names and plans in Sweden are written in, no hinting, no OpenType
# layout tables (jsPDF uses neither). The full font is 757 KB and jsPDF re-parses and re-subsets it
# for every file; this one is about 155 KB, which makes each PDF about three times faster.
# A character outside these ranges is reported to the user as unprintable, never dropped silently.
# Needs fonttools (Debian: apt-get install fonttools). Run it after upgrading dejavu-fonts-ttf and
# commit the result.
set -eu
cd "$(dirname "$0")/.."
SOURCE=node_modules/dejavu-fonts-ttf/ttf
OUT=src/pdf/fonts
# Latin (with Latin-1, Extended-A/B and Extended Additional for Vietnamese), IPA and modifier
# letters, combining marks, Greek, Cyrillic, Arabic with its presentation forms, punctuation,
# currency, letterlike symbols, arrows, the minus sign, geometric shapes, check marks, and U+FFFD.
UNICODES='U+0020-007E,U+00A0-024F,U+0250-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+0600-06FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+25A0-25FF,U+2713-2717,U+FB50-FDFF,U+FE70-FEFF,U+FFFD'
for font in DejaVuSans DejaVuSans-Bold; do
  pyftsubset "$SOURCE/$font.ttf" --unicodes="$UNICODES" --no-hinting --layout-features='' --output-file="$OUT/$font.ttf"
done
cp "$SOURCE/../LICENSE" "$OUT/LICENSE-DejaVu.txt"
ls -l "$OUT"
