#!/usr/bin/env bash
# Installs what the Word (.docx) tests need: LibreOffice (the reference reader:
# it converts the tests' HTML/ODT to .docx and every .docx Lectern writes to
# PDF), poppler-utils (pdftotext, pdfinfo) and a CJK font for LibreOffice to
# render Chinese with (the GB fonts the documents name are not free).
# Idempotent: does nothing when all are there.
set -euo pipefail
have_font() { fc-list :lang=zh 2>/dev/null | grep -q .; }
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && have_font; then
  echo "word-setup: soffice, pdftotext and a CJK font present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
# Another installer may hold the dpkg lock for a while: wait for it.
for i in $(seq 1 60); do
  if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libreoffice-writer-nogui poppler-utils fonts-wqy-microhei; then
    break
  fi
  [ "$i" -eq 60 ] && { echo "word-setup: apt-get install failed" >&2; exit 1; }
  sleep 10
done
command -v soffice >/dev/null && command -v pdftotext >/dev/null && have_font
echo "word-setup: installed soffice, pdftotext and a CJK font"
