/**
 * The man page, written by the build from the command table that also makes --help,
 * so the two cannot disagree. Shipped through package.json's `man` field, so that
 * `man facetime-help` works after `npm install -g`.
 */
import { OPTIONS, PROGRAM_OPTIONS, visibleOptions, type CommandSpec, type OptionName, type OptionSpec, type ProgramInfo } from '../spec.js';
import { EXIT } from '../errors.js';
import type { Guide } from '../guide/guide.js';
import { ENVIRONMENT } from '../help/format.js';

export const MAN_FILE = 'facetime-help.1';

/** Source lines of at most this many bytes, as mandoc's lint wants. */
const SOURCE_WIDTH = 74;

/**
 * Text for roff: backslashes and dashes escaped, broken at spaces into short source
 * lines (roff fills them again), none of which starts a request.
 */
function text(s: string): string {
  const escaped = s.replace(/\\/g, '\\e').replace(/-/g, '\\-');
  const lines: string[] = [];
  let line = '';
  for (const word of escaped.split(/ +/)) {
    if (line && line.length + 1 + word.length > SOURCE_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].map((l) => l.replace(/^([.'])/, '\\&$1')).join('\n');
}

const flag = (o: OptionSpec): string => `${o.short ? `\\fB\\-${o.short}\\fR, ` : ''}\\fB\\-\\-${text(o.name)}\\fR${o.value ? ` \\fI${text(o.value.replace(/[<>]/g, ''))}\\fR` : ''}`;

const item = (term: string, body: string): string[] => ['.TP', term, text(body)];

const STATUS: [keyof typeof EXIT, string][] = [
  ['ok', 'Done; also when the reader of a pipe goes away (facetime-help where | head -1).'],
  ['failure', 'Failure: invalid guide data, a file or stream that cannot be read or written, a report file that exists.'],
  ['usage', 'Usage: an unknown command, option, topic, platform or symptom; input that is not an OS version; a platform the topic does not cover.'],
  ['interrupted', 'Interrupted (Ctrl-C at a prompt).'],
];

function commandItems(table: readonly CommandSpec[], guide: Guide): string[] {
  const shared = new Set<OptionName>(['ios', 'ipados', 'mac', 'macos', 'windows', 'web', 'platform', 'os-version', 'format', 'json', 'plain', 'markdown', 'color', 'no-color', 'pager', 'no-pager', 'data', 'no-input', 'help', 'version']);
  return table.flatMap((c) => {
    const names = [c.name, ...c.aliases].map((n) => `\\fB${text(n)}\\fR`).join(', ');
    const operand = c.operand ? ` \\fI${text(c.operand.name)}\\fR${c.operand.variadic ? '...' : ''}` : '';
    const own = c.options.filter((o) => !shared.has(o)).map((o) => OPTIONS[o]);
    const notes = c.notes?.(guide) ?? [];
    return [
      '.TP',
      `${names}${operand}`,
      text(c.description),
      ...(c.operand ? ['.br', text(`${c.operand.name}: ${c.operand.description}.`)] : []),
      ...own.flatMap((o) => ['.br', `${flag(o)}: ${text(o.description)}`]),
      ...notes.flatMap((n) => ['.br', text(n)]),
      '.br',
      'Example:',
      `\\fB${text(`facetime-help ${c.examples[0]!}`)}\\fR`,
    ];
  });
}

export function manPage(table: readonly CommandSpec[], guide: Guide, program: ProgramInfo & { name: string }): string {
  const globals = visibleOptions([...new Set<OptionName>([...PROGRAM_OPTIONS, 'ios', 'ipados', 'mac', 'windows', 'web', 'platform', 'os-version', 'format', 'json', 'plain', 'markdown'])]);
  const lines = [
    `.TH FACETIME\\-HELP 1 "${guide.frame.reviewed}" "${program.name} ${program.version}" "User Commands"`,
    '.SH NAME',
    // one line, as whatis and apropos read it: the rest is in DESCRIPTION
    'facetime\\-help \\- a command\\-line guide to FaceTime Live Photos',
    '.SH SYNOPSIS',
    '.B facetime\\-help',
    '[\\fIoptions\\fR] [\\fIcommand\\fR [\\fIargument\\fR...]]',
    '.SH DESCRIPTION',
    text(program.description),
    '.PP',
    text('Answers for the platform and OS version asked: where FaceTime Live Photos are saved, how to take them, how to turn them on, how to get a deleted one back, and an interactive troubleshooting checklist. Output is drawn for the terminal, or plain text, markdown or JSON for scripts and tickets. With no command, it prints an overview.'),
    '.PP',
    text('Options may come before or after the command. Every real OS version gets an answer: one newer than the guide knows gets the newest steps and a note, one too old for FaceTime Live Photos gets what is true there and how to update.'),
    '.SH COMMANDS',
    ...commandItems(table, guide),
    '.SH OPTIONS',
    ...globals.flatMap((o) => ['.TP', flag(o), text(o.description)]),
    '.SH "OUTPUT FORMATS"',
    ...item('\\fBpretty\\fR', 'For people at a terminal (the default there): drawn from markdown, fitted to the width, long output paged.'),
    ...item('\\fBplain\\fR', 'For grep and scripts (the default when not on a terminal): no escape sequences, one step per line, never wrapped, the same bytes on every run.'),
    ...item('\\fBmarkdown\\fR', 'GitHub-flavoured markdown, for tickets and wikis.'),
    ...item('\\fBjson\\fR', 'One JSON document with a schemaVersion, described by data/schema/output.schema.json in the package.'),
    '.SH "EXIT STATUS"',
    ...STATUS.flatMap(([key, what]) => item(`\\fB${EXIT[key]}\\fR`, what)),
    '.SH ENVIRONMENT',
    ...ENVIRONMENT.flatMap(([name, what]) => item(`\\fB${text(name)}\\fR`, what)),
    '.SH FILES',
    ...item('\\fIdata/topics/*.yaml\\fR, \\fIdata/checklists/*.yaml\\fR, \\fIdata/guide.yaml\\fR', 'The built-in guide, in the package: one file per topic, the troubleshooting checklist, the releases and review date.'),
    ...item('\\fIdata/schema/*.schema.json\\fR', 'JSON Schemas for guide data files and for --json output.'),
    '.SH EXAMPLES',
    '.nf',
    ...['where --ios', 'enable --mac --os-version monterey', 'where --ios --json | jq .', 'recover --markdown >> ticket.md', 'troubleshoot --symptom no-shutter --ios'].map((e) => `\\fBfacetime\\-help ${text(e)}\\fR`),
    '.fi',
    '.SH BUGS',
    text(`Report bugs at ${program.bugs}.`),
    '.SH "SEE ALSO"',
    text(`${program.homepage}`),
  ];
  return `${lines.join('\n')}\n`;
}
