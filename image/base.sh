#!/usr/bin/env bash
# Builds the image's base offline-capable, from Debian packages only (no registry): a minimal
# Debian bookworm (mmdebstrap --variant=minbase, about the content of debian:bookworm-slim) saved as a
# docker-save tar, the form jib reads as -Djk6.image.base=tar:///path.
#   image/base.sh [OUT.tar]      default: image/target/base/debian-bookworm.tar
# Needs mmdebstrap, umoci and skopeo (Debian packages) and root (or user namespaces). Prints the
# tar's path on stdout, the tools' progress on stderr.
# JK6_DEBIAN_MIRROR overrides the mirror (default http://deb.debian.org/debian).
set -euo pipefail
cd "$(dirname "$0")"
out="$(realpath -m "${1:-target/base/debian-bookworm.tar}")"
mirror="${JK6_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
for tool in mmdebstrap umoci skopeo; do
  command -v "$tool" >/dev/null || { echo "base.sh: $tool is missing (apt-get install mmdebstrap umoci skopeo)" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$out")"

# merged-usr hook: the /usr merge without the usrmerge package, which would pull in perl (+40 MB).
# Docs, man pages and translations are left out, as in debian:bookworm-slim.
mmdebstrap --quiet --variant=minbase --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*' \
  --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  bookworm "$work/rootfs.tar" "$mirror" >&2

# rootfs tar -> one-layer OCI image -> docker-save tar
{
  umoci init --layout "$work/oci"
  umoci new --image "$work/oci:bookworm"
  umoci raw add-layer --image "$work/oci:bookworm" "$work/rootfs.tar"
  umoci config --image "$work/oci:bookworm" --config.cmd=bash \
    --config.env=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  rm -f "$out"
  skopeo copy --quiet "oci:$work/oci:bookworm" "docker-archive:$out:localhost/jk6-base:bookworm"
} >&2
echo "$out"
