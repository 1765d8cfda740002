// Build-time stand-in for marked-terminal's link detection: the CLI decides whether
// links are clickable (src/io/color.ts) and draws them itself (src/render/draw.ts);
// the real module reads the process's environment and creates process.stdout at import.
export default { stdout: false, stderr: false };
