#!/usr/bin/env bash
# Installs the Debian packages ZcIngest needs, only those missing, so a second run costs a second.
# Usage: scripts/install-native.sh [--for-tests]
set -euo pipefail

runtime=(tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-osd libtesseract5 liblept5 poppler-utils qpdf imagemagick
         fonts-noto-cjk fonts-wqy-zenhei libreoffice-writer-nogui)
testing=(postgresql python3-sklearn ocrmypdf python3-img2pdf time chromium)

wanted=("${runtime[@]}")
[[ "${1:-}" == "--for-tests" ]] && wanted+=("${testing[@]}")

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
