// Build-time stand-in for chalk's terminal detection: the CLI decides colour itself
// (src/io/color.ts), and the real module loads node:tty at start-up.
export default { stdout: false, stderr: false };
