/** Which pager to run: FACETIME_HELP_PAGER, else PAGER, else less; none for an empty value or `cat`. */
export function pagerCommand(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const command = (env.FACETIME_HELP_PAGER ?? env.PAGER ?? 'less').trim();
  return command === '' || command === 'cat' ? undefined : command;
}
