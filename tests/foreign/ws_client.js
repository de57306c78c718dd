// A scenewire client written with Node's `ws` package, driven by the tests.
// Usage: node ws_client.js URL PROTOCOLS_JSON FRAMES_HEX_JSON
// Sends each frame (hex) in order after the upgrade, one more after every
// frame received, and prints one JSON line when the connection closes.
const path = process.env.SCENEWIRE_WS_MODULE;
const WebSocket = require(path);
const [url, protocolsJson, framesJson] = process.argv.slice(2);
const protocols = JSON.parse(protocolsJson);
const frames = JSON.parse(framesJson).map((hex) => Buffer.from(hex, 'hex'));
const out = { opened: false, protocol: null, received: [], code: null, reason: null, error: null };
const ws = new WebSocket(url, protocols);
let next = 0;
function sendNext() {
  if (next < frames.length && ws.readyState === WebSocket.OPEN) ws.send(frames[next++]);
}
ws.on('open', () => {
  out.opened = true;
  out.protocol = ws.protocol;
  sendNext();
});
ws.on('message', (data, isBinary) => {
  out.received.push(isBinary ? Buffer.from(data).toString('hex') : 'text');
  sendNext();
});
ws.on('error', (err) => {
  out.error = err.message;
});
ws.on('close', (code, reason) => {
  out.code = code;
  out.reason = reason.toString();
  console.log(JSON.stringify(out));
  process.exit(0);
});
setTimeout(() => {
  out.error = (out.error || '') + ' timeout';
  console.log(JSON.stringify(out));
  process.exit(1);
}, 60000);
