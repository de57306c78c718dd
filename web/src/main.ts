// The viewer's entry point: connects to the server that served this page (web-core fills in).
const root = document.getElementById("app");
if (root) root.textContent = "scenewire: connecting…";
