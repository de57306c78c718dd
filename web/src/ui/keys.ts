// Key names of §6.4 from a browser KeyboardEvent: a printable key is its character (lowercase letters),
// others by name, modifiers prefixed in the order Ctrl+Alt+Shift+ (Shift only for letters and named keys).

const NAMED: Record<string, string> = {
  " ": "Space", Enter: "Enter", Escape: "Escape", Tab: "Tab", Backspace: "Backspace", Delete: "Delete",
  Insert: "Insert", Home: "Home", End: "End", PageUp: "PageUp", PageDown: "PageDown",
  ArrowLeft: "Left", ArrowRight: "Right", ArrowUp: "Up", ArrowDown: "Down",
};
for (let i = 1; i <= 12; i++) NAMED[`F${i}`] = `F${i}`;

/** The spec's name of a key press ("a", "Ctrl+s", "Left"), or null for a bare modifier or a dead key. */
export function keyName(e: { key: string; ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey?: boolean }): string | null {
  let base: string;
  let shift = e.shiftKey;
  if (e.key in NAMED) base = NAMED[e.key];
  else if ([...e.key].length === 1) {
    const isLetter = e.key.toLowerCase() !== e.key.toUpperCase();
    base = isLetter ? e.key.toLowerCase() : e.key;
    shift = shift && isLetter; // a shifted symbol ("!") names itself
  } else return null;
  return (e.ctrlKey ? "Ctrl+" : "") + (e.altKey ? "Alt+" : "") + (shift ? "Shift+" : "") + base;
}
