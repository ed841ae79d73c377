#!/usr/bin/env bash
# Register JourneyDesigner with the desktop: menu entry, icon, .journey file type, AppStream.
#
#   bash packaging/linux/install-desktop.sh [PREFIX]
#
# PREFIX defaults to ~/.local (this user only); /usr/local or /usr for everyone (as root).
# The executable `journeydesigner` must be on PATH (pip install, or a link to
# dist/journeydesigner/journeydesigner in PREFIX/bin). Run again to update.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons=$(cd "$here/../../resources/icons" && pwd)
prefix=${1:-$HOME/.local}
share=$prefix/share
id=org.journeydesigner.JourneyDesigner

install -Dm644 "$here/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$here/journeydesigner-mime.xml" "$share/mime/packages/journeydesigner.xml"
install -Dm644 "$icons/journeydesigner.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 32 48 64 128 256 512; do
  install -Dm644 "$icons/journeydesigner-$size.png" \
    "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done

command -v update-mime-database >/dev/null && update-mime-database "$share/mime"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications"
command -v gtk-update-icon-cache >/dev/null \
  && gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
echo "installed the desktop entry, icons, file type and AppStream data under $share"
command -v journeydesigner >/dev/null || echo "note: journeydesigner is not on PATH yet"
