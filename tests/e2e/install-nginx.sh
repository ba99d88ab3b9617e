#!/bin/sh
# The nginx test serves the build through deploy/nginx/ with Debian's nginx. Installs it when missing,
# without starting its service: the test runs its own, on 127.0.0.1 only.
set -e
if [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The nginx test needs Debian's nginx at /usr/sbin/nginx: run 'sudo apt-get install nginx'." >&2
  exit 1
fi
echo "Installing Debian's nginx for the nginx test…"
# Debian starts a package's service on install unless policy-rc.d answers 101 ("not now"); containers
# often have one already. Add one for the install only, and only if there is none.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  trap 'rm -f "$policy"' EXIT
  printf '#!/bin/sh\nexit 101\n' > "$policy"
  chmod 755 "$policy"
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
