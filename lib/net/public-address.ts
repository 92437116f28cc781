// Which IP addresses are on the public internet. Anything we fetch on someone else's say (importer
// links, webhook targets) must resolve only to these: loopback, private, link-local (cloud metadata
// at 169.254.169.254), unique-local, CGNAT, multicast, reserved and unspecified (0.0.0.0, ::) are
// refused, also when written as IPv4-mapped IPv6 (::ffff:127.0.0.1) or embedded in NAT64/6to4/Teredo.
// Pure: no DNS here (lib/net/outbound.ts checks resolved addresses at connect time).
import ipaddr from "ipaddr.js";

/** The address's range name as ipaddr.js calls it ("unicast" is the public internet), or null when not an IP. */
export function addressRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return null;
  let parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range();
}

/** True only for globally routable unicast addresses. Not an IP at all: false. */
export function isPublicAddress(address: string): boolean {
  return addressRange(address) === "unicast";
}

/** True when the string is an IP literal (with or without IPv6 brackets). */
export function isIpLiteral(host: string): boolean {
  return addressRange(host) !== null;
}

/**
 * The key a client is counted under for rate limits: an IPv4 address as is (IPv4-mapped IPv6
 * unwrapped), an IPv6 address by its /64 (one subscriber usually gets a whole /64, so counting
 * single addresses would let one client rotate through 2^64 of them). Not an IP: the text itself.
 */
export function clientKey(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  if (!ipaddr.isValid(bare)) return bare.slice(0, 100) || "unknown";
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const v6 = parsed as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  const parts = v6.parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
