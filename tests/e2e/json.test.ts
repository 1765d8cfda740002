/** Every command's --json output, from the built CLI, against the shipped output schema. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, spawnCli } from '../helpers.js';

const ajv = new Ajv2020({ strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}data/schema/output.schema.json`, 'utf8')));

describe('--json output of every command fits the shipped schema', () => {
  it.each([
    [['where', '--ios', '--json'], 0],
    [['topics', '--json'], 0],
    [['troubleshoot', '--symptom', 'deleted', '--json'], 0],
    [['search', 'recently', 'deleted', '--json'], 0],
    [['search', 'xylophone', '--json'], 0],
    [['validate', '--json'], 0],
    [['validate', `${FIXTURES}/broken/wrong-type`, '--json'], 1],
  ])('%j exits %i with one valid document', (args, status) => {
    const r = spawnCli(args);
    expect(r.status).toBe(status);
    const doc = JSON.parse(r.stdout);
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
  });
});
