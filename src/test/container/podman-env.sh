#!/usr/bin/env bash
# Sourced by the container scripts: makes podman work on a machine without a registry or a Docker daemon,
# and builds Caravan's base images from Debian packages with debootstrap.
#
#   source src/test/container/podman-env.sh
#   ensure_podman            # install podman, runc and debootstrap if missing (Debian, as root)
#   ensure_base_image        # localhost/caravan-base:bookworm (minbase)
#   ensure_micro_base_image  # localhost/caravan-base-micro:bookworm (glibc, zlib, no shell)
#   ensure_jre_base_image    # localhost/caravan-base-jre:bookworm (minbase + openjdk-17-jre-headless)

CONTAINER_WORK=${CONTAINER_WORK:-/var/tmp/caravan-containers}
BASE_IMAGE=localhost/caravan-base:bookworm
MICRO_BASE_IMAGE=localhost/caravan-base-micro:bookworm
JRE_BASE_IMAGE=localhost/caravan-base-jre:bookworm

ensure_podman() {
    if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v debootstrap >/dev/null; then
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q podman runc debootstrap uidmap slirp4netns fuse-overlayfs
    fi
    mkdir -p "$CONTAINER_WORK"
    # crun fails on this machine's cgroups; runc works. Containers may not ask for more open files than
    # the host's hard limit allows.
    local nofile
    nofile=$(ulimit -Hn)
    cat > "$CONTAINER_WORK/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=${nofile}:${nofile}", "nproc=4096:4096"]

[engine]
runtime = "runc"
CONF
    export CONTAINERS_CONF="$CONTAINER_WORK/containers.conf"
}

image_exists() {
    podman image exists "$1"
}

# The Debian bookworm minbase root file system, made once and reused.
debootstrap_rootfs() {
    local rootfs="$CONTAINER_WORK/rootfs-minbase"
    if [ ! -f "$rootfs/.complete" ]; then
        rm -rf "$rootfs"
        debootstrap --variant=minbase bookworm "$rootfs" >&2
        touch "$rootfs/.complete"
    fi
    echo "$rootfs"
}

import_rootfs() {
    local dir=$1 image=$2
    tar -C "$dir" --exclude=./.complete -c . | podman import --change 'CMD ["/bin/sh"]' - "$image" >/dev/null
}

ensure_base_image() {
    image_exists "$BASE_IMAGE" && return 0
    local rootfs
    rootfs=$(debootstrap_rootfs)
    local slim="$CONTAINER_WORK/rootfs-base"
    rm -rf "$slim" && cp -a "$rootfs" "$slim"
    rm -rf "$slim"/var/cache/apt/* "$slim"/var/lib/apt/lists/* "$slim"/usr/share/doc/* "$slim"/usr/share/man/* \
        "$slim"/usr/share/locale/* "$slim"/usr/share/info/*
    import_rootfs "$slim" "$BASE_IMAGE"
    rm -rf "$slim"
}

ensure_micro_base_image() {
    image_exists "$MICRO_BASE_IMAGE" && return 0
    local rootfs
    rootfs=$(debootstrap_rootfs)
    local micro="$CONTAINER_WORK/rootfs-micro"
    rm -rf "$micro" && mkdir -p "$micro"/{etc,tmp,lib64,usr/lib/x86_64-linux-gnu,work/data}
    chmod 1777 "$micro/tmp"
    # What a native Caravan binary links (ldd): glibc and zlib, nothing else.
    for lib in libc.so.6 libz.so.1 libm.so.6 libpthread.so.0 libdl.so.2 librt.so.1 libgcc_s.so.1 \
        libnss_files.so.2 libresolv.so.2; do
        [ -e "$rootfs/usr/lib/x86_64-linux-gnu/$lib" ] && cp -aL "$rootfs/usr/lib/x86_64-linux-gnu/$lib" \
            "$micro/usr/lib/x86_64-linux-gnu/"
    done
    cp -aL "$rootfs/lib64/ld-linux-x86-64.so.2" "$micro/lib64/"
    ln -s usr/lib "$micro/lib"
    printf 'root:x:0:0:root:/root:/sbin/nologin\ncaravan:x:1001:0:caravan:/work:/sbin/nologin\n' > "$micro/etc/passwd"
    printf 'root:x:0:\n' > "$micro/etc/group"
    printf 'hosts: files dns\n' > "$micro/etc/nsswitch.conf"
    chown -R 1001:0 "$micro/work"
    import_rootfs "$micro" "$MICRO_BASE_IMAGE"
    rm -rf "$micro"
}

ensure_jre_base_image() {
    image_exists "$JRE_BASE_IMAGE" && return 0
    local rootfs
    rootfs=$(debootstrap_rootfs)
    local jre="$CONTAINER_WORK/rootfs-jre"
    rm -rf "$jre" && cp -a "$rootfs" "$jre"
    mount --bind /proc "$jre/proc" 2>/dev/null || true
    chroot "$jre" apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive chroot "$jre" apt-get install -y -q --no-install-recommends openjdk-17-jre-headless >&2
    umount "$jre/proc" 2>/dev/null || true
    rm -rf "$jre"/var/cache/apt/* "$jre"/var/lib/apt/lists/* "$jre"/usr/share/doc/* "$jre"/usr/share/man/*
    import_rootfs "$jre" "$JRE_BASE_IMAGE"
    rm -rf "$jre"
}
