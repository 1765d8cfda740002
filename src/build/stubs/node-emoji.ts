// Build-time stand-in for node-emoji inside marked-terminal: emoji codes are off
// (emoji: false), and the real module loads a large emoji table at start-up.
export function get(): undefined {
  return undefined;
}
