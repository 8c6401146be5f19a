#!/usr/bin/env bash
# The OCI image, built by Quarkus' Jib extension without a Docker daemon, written to a tarball and
# started from that tarball, all on this machine:
#  1. a base image with a Java 17 runtime, made from Debian packages (debootstrap, no registry);
#  2. Jib (quarkus-container-image-jib) layers the packaged app on it and pushes it to a registry
#     on loopback (Jib writes to a registry or a Docker daemon, not to a file);
#  3. skopeo copies the image from that registry into an OCI archive: target/image/comply-chain.oci.tar;
#  4. the archive's layers are unpacked in order and its own entrypoint is started in a chroot as
#     the image's user, with the demo profile (embedded PostgreSQL), until /q/health/ready answers.
# Prints the image's digest, size and layers. Needs root (debootstrap, chroot) and installs what it
# uses: apt-get install debootstrap docker-registry skopeo. Exits non-zero if a step fails.
#   src/bench/image.sh            (builds the app itself; PORT sets the app's port, default 18580;
#                                  REUSE_IMAGE=1 starts the archive already in target/image again)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" = 0 ] || { echo "Needs root (debootstrap and chroot)" >&2; exit 2; }
for tool in debootstrap docker-registry skopeo; do
  command -v "$tool" > /dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    debootstrap docker-registry skopeo > /dev/null
done
out=target/image
mkdir -p "$out"
port=${PORT:-18580}
registry_port=$((port + 1))
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  for fs in proc dev/shm dev; do umount "$out/run/$fs" 2> /dev/null || true; done
}
trap cleanup EXIT

# 1. The base: a minimal Debian with the Java 17 runtime, from the mirror apt already uses.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2> /dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list)
if [ ! -f "$out/base.tar" ]; then
  echo "Base image: debootstrap bookworm with openjdk-17-jre-headless"
  rm -rf "$out/rootfs"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
    bookworm "$out/rootfs" "$mirror" > "$out/debootstrap.log" 2>&1
  rm -rf "$out/rootfs/var/cache/apt/archives/"*.deb "$out/rootfs/var/lib/apt/lists/"*
  # The user the image runs as (quarkus.jib.user, the Deployment's runAsUser), known by name.
  chroot "$out/rootfs" useradd --system --uid 185 --user-group --home-dir /home/jboss \
    --no-create-home jboss
  python3 - "$out" << 'EOF'
# A Docker-format image archive (what Jib reads as tar://): one layer, its config and manifest.
import hashlib, json, os, subprocess, sys, tarfile
out = sys.argv[1]
layer = os.path.join(out, "layer.tar")
subprocess.run(["tar", "-C", os.path.join(out, "rootfs"), "--numeric-owner", "-cf", layer, "."],
               check=True)
digest = hashlib.sha256(open(layer, "rb").read()).hexdigest()
config = {"architecture": "amd64", "os": "linux",
          "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                             "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64"]},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]}}
with open(os.path.join(out, "config.json"), "w") as f:
    json.dump(config, f)
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump([{"Config": "config.json", "RepoTags": ["complychain/base-jre:17"],
                "Layers": ["layer.tar"]}], f)
with tarfile.open(os.path.join(out, "base.tar"), "w") as t:
    for name in ("manifest.json", "config.json", "layer.tar"):
        t.add(os.path.join(out, name), arcname=name)
for name in ("manifest.json", "config.json", "layer.tar"):
    os.remove(os.path.join(out, name))
EOF
  rm -rf "$out/rootfs"
fi
echo "Base image: $(du -h "$out/base.tar" | cut -f1)"

if [ "${REUSE_IMAGE:-}" != 1 ] || [ ! -f "$out/comply-chain.oci.tar" ]; then
# 2. A registry on loopback for Jib to push to, storing in target/.
cat > "$out/registry.yml" << EOF
version: 0.1
storage:
  filesystem:
    rootdirectory: $PWD/$out/registry
http:
  addr: 127.0.0.1:$registry_port
log:
  level: error
EOF
docker-registry serve "$out/registry.yml" > "$out/registry.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$registry_port/v2/" > /dev/null && break; sleep 1; done
image="127.0.0.1:$registry_port/complychain/comply-chain:bench"
echo "Jib: building and pushing $image"
./mvnw -B -q package -DskipTests \
  -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry="127.0.0.1:$registry_port" \
  -Dquarkus.container-image.group=complychain -Dquarkus.container-image.name=comply-chain \
  -Dquarkus.container-image.tag=bench -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="tar://$PWD/$out/base.tar" > "$out/jib.log" 2>&1 \
  || { tail -30 "$out/jib.log"; exit 1; }

# 3. The tarball.
rm -f "$out/comply-chain.oci.tar"
skopeo copy --quiet --src-tls-verify=false "docker://$image" \
  "oci-archive:$out/comply-chain.oci.tar:complychain/comply-chain:bench"
echo "Image archive: $out/comply-chain.oci.tar, $(du -h "$out/comply-chain.oci.tar" | cut -f1)"
skopeo inspect "oci-archive:$out/comply-chain.oci.tar" \
  | python3 -c 'import json,sys; i=json.load(sys.stdin); print("Digest:", i["Digest"]); print("Layers:", len(i["Layers"]))'
fi

# 4. Started from the archive alone: its layers unpacked in order, its entrypoint run in a chroot.
rm -rf "$out/run" "$out/oci"
mkdir -p "$out/oci" "$out/run"
tar -C "$out/oci" -xf "$out/comply-chain.oci.tar"
python3 - "$out" << 'EOF' > "$out/entrypoint"
# Unpacks the OCI layout's layers (whiteouts honoured) and prints the config's user and command.
import json, os, shutil, sys, tarfile
out = sys.argv[1]
blob = lambda d: os.path.join(out, "oci", "blobs", *d.split(":"))
index = json.load(open(os.path.join(out, "oci", "index.json")))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
config = json.load(open(blob(manifest["config"]["digest"])))["config"]
root = os.path.join(out, "run")
for layer in manifest["layers"]:
    with tarfile.open(blob(layer["digest"])) as t:
        for m in t.getmembers():
            base = os.path.basename(m.name)
            if base.startswith(".wh."):
                target = os.path.join(root, os.path.dirname(m.name), base[4:])
                shutil.rmtree(target, ignore_errors=True) if os.path.isdir(target) else (
                    os.path.exists(target) and os.remove(target))
            else:
                t.extract(m, root, numeric_owner=True)
command = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
print(config.get("User") or "0")
print(config.get("WorkingDir") or "/")
print("\0".join(command))
EOF
user=$(sed -n 1p "$out/entrypoint")
workdir=$(sed -n 2p "$out/entrypoint")
mapfile -d '' -t command < <(sed -n 3p "$out/entrypoint" | tr -d '\n')
echo "Entrypoint (user $user, in $workdir): ${command[*]}"
# What a container runtime gives every container: /proc, /dev with its shared memory, /etc/hosts.
mount -t proc proc "$out/run/proc"
mount --bind /dev "$out/run/dev"
mount -t tmpfs -o mode=1777 shm "$out/run/dev/shm"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost\n' > "$out/run/etc/hosts"
mkdir -p "$out/run/tmp/demo" && chmod 1777 "$out/run/tmp" && chown "$user" "$out/run/tmp/demo"
started=$(date +%s)
chroot --userspec="$user:$user" "$out/run" /usr/bin/env -C "$workdir" \
  HOME=/tmp/demo QUARKUS_PROFILE=demo QUARKUS_HTTP_PORT="$port" COMPLYCHAIN_DEMO_DATA_DIR=/tmp/demo/db \
  JAVA_OPTS_APPEND=-Xmx384m "${command[@]}" > "$out/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null; then
    echo "ok    the image's entrypoint answered /q/health/ready after $(( $(date +%s) - started )) s"
    curl -fs -o /dev/null -w "ok    GET / answered %{http_code}\n" "http://127.0.0.1:$port/"
    exit 0
  fi
  kill -0 "${pids[-1]}" 2> /dev/null || break
  sleep 1
done
echo "FAIL  the image did not become ready; see $out/app.log"
tail -20 "$out/app.log"
exit 1
