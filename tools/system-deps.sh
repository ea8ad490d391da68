#!/bin/sh
# The Debian packages AgentDesk needs beside its Python packages, in one place: the Makefile's
# demo and test targets and .ci/run call this before anything else.
#
#   tools/system-deps.sh demo    what the window needs (Qt's libraries, QtMultimedia's libpulse)
#   tools/system-deps.sh test    that, and what the tests start for real: Xvfb with the xcb
#                                platform, a private D-Bus, the desktop-file and AppStream
#                                validators, xdg-utils, a notification server, AT-SPI,
#                                gnome-keyring, a window manager, redis-server (the relay)
#   tools/system-deps.sh --list test   print the packages and stop
#
# As root, installs what is missing (apt-get). Otherwise prints the one `sudo apt-get install`
# line and exits 1 before anything runs, so that `make test` never ends in a pile of failures
# that only say a library is missing. Not Debian (no dpkg-query): says so and exits 0.
set -eu

QT="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libpulse0"
XCB="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0"
TOOLS="xvfb xauth dbus-daemon desktop-file-utils appstream xdg-utils"
# The company relay's tests run a real Redis (tests/relay/redis_server.py).
SERVERS="redis-server"
# The real desktop components tests start on a private bus and display: a notification server,
# the accessibility bus, a keyring (and secret-tool, which fills it as another application
# would), a window manager.
DESKTOP="dunst at-spi2-core gnome-keyring libsecret-tools openbox"

list_only=no
if [ "${1:-}" = "--list" ]; then
  list_only=yes
  shift
fi
case "${1:-}" in
  demo) wanted="$QT" ;;
  test) wanted="$QT $XCB $TOOLS $DESKTOP $SERVERS" ;;
  *) echo "usage: $0 [--list] demo|test" >&2; exit 2 ;;
esac

if [ "$list_only" = yes ]; then
  echo $wanted
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian system; make sure these (or their equivalents) are installed: $wanted" >&2
  exit 0
fi

missing=""
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
    || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "AgentDesk needs these Debian packages first; run:" >&2
  echo "  sudo apt-get install$missing" >&2
  exit 1
fi

echo "system-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086  # one word a package
apt-get install -y -qq --no-install-recommends $missing
