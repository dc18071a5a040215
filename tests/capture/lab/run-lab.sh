#!/usr/bin/env bash
# The strongSwan NAT-T lab behind issue #18's test captures. Needs root.
#
#   init1 10.99.1.2 --+                                  
#                     +-- lan [router 10.99.1.1 | wan 198.18.0.1, MASQUERADE] -- resp 198.18.0.10
#   init2 10.99.1.3 --+                                        (protects 198.18.100.1)
#
# Two IKEv2 initiators (strongSwan charon, one instance per network namespace,
# each with its own config dir, pid file and vici socket) behind a Linux router
# doing MASQUERADE; one responder outside. Both float to UDP 4500 toward the
# same responder, so the router must move the second one's 4500 to another
# port. tcpdump records the router's inside (lan) and outside (wan) interfaces.
#
# Usage: run-lab.sh OUTDIR     writes OUTDIR/inside.pcap, OUTDIR/outside.pcap
#                              and OUTDIR/lab.txt (swanctl --list-sas of every
#                              node, the router's conntrack table)
# Exit 0 when both tunnels were established and pinged through; 77 when the
# host does not permit the lab (not root, no netns, tool missing).
# Only namespaces this script creates (names carry its PID), only addresses
# inside them, a few pings; everything is removed on every exit path.
set -euo pipefail
export PATH=$PATH:/usr/sbin:/sbin

OUT=${1:?usage: run-lab.sh OUTDIR}
CHARON=${CHARON:-/usr/lib/ipsec/charon}
P="mncap$$"
NS_R="$P-router" NS_1="$P-init1" NS_2="$P-init2" NS_X="$P-resp"
WORK=$(mktemp -d /tmp/meshnat-caplab.XXXXXX)
PIDS=()

skip() { echo "run-lab: $*" >&2; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "needs root (network namespaces, IPsec in the kernel)"
for t in ip iptables tcpdump ping swanctl "$CHARON"; do
    command -v "$t" >/dev/null || [ -x "$t" ] || skip "missing $t (apt-get install iproute2 iptables tcpdump strongswan-charon strongswan-swanctl)"
done

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    sleep 0.3
    for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    for ns in "$NS_1" "$NS_2" "$NS_X" "$NS_R"; do ip netns del "$ns" 2>/dev/null || true; done
    [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

mkdir -p "$OUT"
nsx() { local ns=$1; shift; timeout 20 ip netns exec "$ns" "$@"; }

# --- topology ---------------------------------------------------------------
for ns in "$NS_R" "$NS_1" "$NS_2" "$NS_X"; do
    ip netns add "$ns" || skip "cannot create network namespaces"
    ip -n "$ns" link set lo up
done
ip -n "$NS_R" link add lan type bridge
ip -n "$NS_R" link set lan up
ip -n "$NS_R" addr add 10.99.1.1/24 dev lan
for i in 1 2; do
    ns_var="NS_$i"; ns=${!ns_var}
    ip -n "$NS_R" link add "p$i" type veth peer name eth0 netns "$ns"
    ip -n "$NS_R" link set "p$i" master lan up
    ip -n "$ns" addr add "10.99.1.$((i + 1))/24" dev eth0
    ip -n "$ns" link set eth0 up
    ip -n "$ns" route add default via 10.99.1.1
done
ip -n "$NS_R" link add wan type veth peer name eth0 netns "$NS_X"
ip -n "$NS_R" addr add 198.18.0.1/24 dev wan
ip -n "$NS_R" link set wan up
ip -n "$NS_X" addr add 198.18.0.10/24 dev eth0
ip -n "$NS_X" link set eth0 up
# The network behind the responder that the tunnels protect (the kernel has
# no ESP here, so strongSwan does ESP in user space, kernel-libipsec, which
# routes the protected traffic through a TUN device; the protected network
# must then differ from the IKE peer's address).
ip -n "$NS_X" addr add 198.18.100.1/32 dev lo
nsx "$NS_R" sysctl -qw net.ipv4.ip_forward=1
nsx "$NS_R" iptables -t nat -A POSTROUTING -o wan -j MASQUERADE \
    || skip "iptables MASQUERADE is not available"

# --- captures -----------------------------------------------------------------
FILTER="udp port 500 or udp port 4500 or esp"
for side in lan:inside wan:outside; do
    ifc=${side%%:*} name=${side##*:}
    ip netns exec "$NS_R" tcpdump -Z root -s 0 -U -n -i "$ifc" -w "$WORK/$name.pcap" $FILTER \
        2>"$WORK/tcpdump-$name.log" &
    PIDS+=($!)
done
for name in inside outside; do
    for _ in $(seq 50); do grep -q "listening on" "$WORK/tcpdump-$name.log" 2>/dev/null && break; sleep 0.1; done
done

# --- strongSwan ---------------------------------------------------------------
SECRET="meshnat-lab-psk-not-a-secret"
charon_conf() { # DIR
    cat >"$1/strongswan.conf" <<CONF
charon {
    load = random nonce openssl pem pkcs1 x509 pubkey kdf aes sha1 sha2 hmac gmp kernel-libipsec kernel-netlink socket-default vici
    install_routes = yes
    keep_alive = 2s
    retransmit_timeout = 1.0
    retransmit_tries = 3
    plugins {
        vici {
            socket = unix://$1/charon.vici
        }
    }
    filelog {
        lab {
            path = $1/charon.log
            default = 1
            ike = 2
        }
    }
}
CONF
}
start_charon() { # NS DIR
    # ip netns exec gives charon a private mount namespace; a bind mount over
    # /run there keeps its hard-coded /var/run/charon.pid apart per instance.
    ip netns exec "$1" sh -c "mount --bind '$2' /run && STRONGSWAN_CONF='$2/strongswan.conf' exec '$CHARON'" \
        >"$2/stdout.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 100); do [ -S "$2/charon.vici" ] && return 0; sleep 0.1; done
    echo "run-lab: charon in $1 did not start" >&2; cat "$2/stdout.log" "$2/charon.log" >&2 2>/dev/null || true
    exit 1
}
swan() { local dir=$1; shift; timeout 30 swanctl "$@" --uri "unix://$dir/charon.vici" 2>>"$dir/swanctl.log"; }

mkdir -p "$WORK/resp"
charon_conf "$WORK/resp"
cat >"$WORK/resp/swanctl.conf" <<CONF
connections { lab { version = 2
    local_addrs = 198.18.0.10
    proposals = aes128-sha256-modp2048
    local { auth = psk
            id = resp }
    remote { auth = psk }
    children { lab { local_ts = 198.18.100.1/32
                     remote_ts = 10.99.0.0/16
                     esp_proposals = aes128-sha256 } } } }
secrets { ike-lab { id-1 = resp
                    id-2 = init1
                    id-3 = init2
                    secret = "$SECRET" } }
CONF
start_charon "$NS_X" "$WORK/resp"
swan "$WORK/resp" --load-all --file "$WORK/resp/swanctl.conf" >/dev/null

for i in 1 2; do
    ns_var="NS_$i"; ns=${!ns_var}; dir="$WORK/init$i"; ip="10.99.1.$((i + 1))"
    mkdir -p "$dir"
    charon_conf "$dir"
    cat >"$dir/swanctl.conf" <<CONF
connections { lab { version = 2
    local_addrs = $ip
    remote_addrs = 198.18.0.10
    proposals = aes128-sha256-modp2048
    local { auth = psk
            id = init$i }
    remote { auth = psk
             id = resp }
    children { lab { local_ts = $ip/32
                     remote_ts = 198.18.100.1/32
                     esp_proposals = aes128-sha256 } } } }
secrets { ike-lab { id-1 = init$i
                    id-2 = resp
                    secret = "$SECRET" } }
CONF
    start_charon "$ns" "$dir"
    swan "$dir" --load-all --file "$dir/swanctl.conf" >/dev/null
done

# One after the other: the first keeps 4500 on the router, the second is moved.
for i in 1 2; do
    swan "$WORK/init$i" --initiate --child lab --timeout 15 >"$WORK/init$i/initiate.log" 2>&1 \
        || { echo "run-lab: init$i did not establish" >&2; cat "$WORK/init$i/initiate.log" "$WORK/init$i/charon.log" >&2; exit 1; }
done
for i in 1 2; do
    ns_var="NS_$i"
    nsx "${!ns_var}" ping -c 3 -i 0.2 -W 2 198.18.100.1 >/dev/null \
        || { echo "run-lab: no ping through tunnel $i" >&2; exit 1; }
done
sleep 4 # idle: NAT-T keepalives (keep_alive = 2s)

{
    for node in init1 init2 resp; do
        echo "## swanctl --list-sas ($node)"
        swan "$WORK/$node" --list-sas
    done
    # kernel-libipsec only does ESP in UDP, so charon forces encapsulation and
    # fakes its NAT_DETECTION_SOURCE_IP hash (RFC 7296 2.23 allows it).
    echo "## charon: NAT detection"
    grep -h -o "faking NAT situation[^\"]*\|local host is behind NAT[^\"]*\|remote host is behind NAT[^\"]*" \
        "$WORK"/init1/charon.log "$WORK"/init2/charon.log "$WORK"/resp/charon.log | sort | uniq -c || true
    echo "## conntrack (router)"
    nsx "$NS_R" cat /proc/net/nf_conntrack 2>/dev/null || nsx "$NS_R" conntrack -L 2>/dev/null || true
} >"$WORK/lab.txt"

# Stop the captures before the daemons, so the files end with the tunnels up.
kill -INT "${PIDS[0]}" "${PIDS[1]}"
wait "${PIDS[0]}" "${PIDS[1]}" 2>/dev/null || true
cp "$WORK/inside.pcap" "$WORK/outside.pcap" "$WORK/lab.txt" "$OUT/"
established=$(grep -c "ESTABLISHED" "$OUT/lab.txt" || true)
echo "run-lab: captures in $OUT ($established IKE SAs ESTABLISHED across the three nodes)"
