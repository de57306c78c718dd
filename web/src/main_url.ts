// Where the page connects: the server that served it, on the same port (issue 20).

/** The WebSocket URL of the server that served `page`, its token carried over (#token= or ?token=, §2.9). */
export function socketUrl(page: Location | URL): string {
  const token = new URLSearchParams(page.hash.replace(/^#/, "")).get("token") ?? new URLSearchParams(page.search).get("token");
  const scheme = page.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${page.host}/${token ? `?token=${encodeURIComponent(token)}` : ""}`;
}
