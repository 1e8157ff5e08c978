#!/bin/bash
# For a trial only: makes a self-signed certificate for nginx (docker/nginx/certs/server.crt and
# server.key, valid 825 days) for the host name given (default: localhost), with that name and
# 127.0.0.1 as subject alternative names. Browsers warn about it; in production mount the centre's own
# certificate under the same two names instead.
#   docker/nginx/make-self-signed.sh bulletin.example.gov.cn
set -euo pipefail
host="${1:-localhost}"
dir="$(cd "$(dirname "$0")" && pwd)/certs"
mkdir -p "$dir"
openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 825 \
  -keyout "$dir/server.key" -out "$dir/server.crt" \
  -subj "/CN=$host" -addext "subjectAltName=DNS:$host,IP:127.0.0.1" 2>/dev/null
chmod 600 "$dir/server.key"
chmod 644 "$dir/server.crt"
echo "wrote $dir/server.crt and $dir/server.key for $host (self-signed, for trials)"
