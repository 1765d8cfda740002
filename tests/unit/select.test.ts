import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { holds, rangesOf, resolveSelections, selectSections, type Selection } from '../../src/guide/select.js';
import { selectFor } from '../../src/view/topic.js';
import { BUILT_GUIDE } from '../helpers.js';

const guide = readCompiledGuide(BUILT_GUIDE);
const { frame } = guide;
const all = ['ios', 'ipados', 'macos', 'windows', 'web'] as const;
const select = (request: Parameters<typeof resolveSelections>[2], covered: readonly (typeof all)[number][] = all) => resolveSelections(frame, covered, request, "'where'");

/** The error a call throws, or a failure if it throws none. */
function thrown(call: () => unknown): UsageError {
  try {
    call();
  } catch (error) {
    return error as UsageError;
  }
  throw new Error('expected a usage error, got none');
}

describe('resolveSelections', () => {
  it('takes a version for several platforms when one of them has versions', () => {
    expect(select({ platforms: ['ios', 'windows'], osVersion: '17' }).map((x) => x.os?.label)).toEqual(['iOS 17', undefined]);
  });
  it("a version asked for comes before the Mac's own", () => {
    expect(select({ platforms: [], osVersion: '13', hostMacVersion: '15.1' }, ['macos', 'windows']).map((x) => x.os?.label)).toEqual(['macOS 13 Ventura']);
    expect(select({ platforms: [], hostMacVersion: '15.1' }, ['macos', 'windows']).map((x) => x.os?.label)).toEqual(['macOS 15.1 Sequoia']);
  });
  it('names what it covers when a version cannot apply to any of it', () => {
    const error = thrown(() => select({ platforms: [], osVersion: '17' }, ['windows', 'web']));
    expect([error.message, error.hint]).toEqual(["--os-version does not apply to 'where'", 'It covers: windows, web.']);
  });
  it('shows every covered platform at its newest version by default', () => {
    const s = select({ platforms: [] });
    expect(s.map((x) => x.platform)).toEqual([...all]);
    expect(s.map((x) => x.os?.label)).toEqual(['iOS 27', 'iPadOS 27', 'macOS 27 Golden Gate', undefined, undefined]);
  });
  it('shows macOS at the host version on a Mac, and the newest when the host says something odd', () => {
    expect(select({ platforms: [], hostMacVersion: '14.5' }).map((x) => x.os?.label)).toEqual(['macOS 14.5 Sonoma']);
    expect(select({ platforms: [], hostMacVersion: '10.13.6' })[0]!.os?.status).toBe('unsupported');
    expect(select({ platforms: [], hostMacVersion: 'garbage' }).map((x) => x.os?.label)).toEqual(['macOS 27 Golden Gate']);
  });
  it('a named platform overrides the host Mac', () => {
    expect(select({ platforms: ['ios'], hostMacVersion: '14.5' }).map((x) => x.os?.label)).toEqual(['iOS 27']);
  });
  it('with a version and no platform, shows the platforms where it is a version', () => {
    expect(select({ platforms: [], osVersion: 'ventura' }).map((x) => x.platform)).toEqual(['macos']);
    expect(select({ platforms: [], osVersion: '17' }).map((x) => x.platform)).toEqual(['ios', 'ipados']);
    expect(select({ platforms: [], osVersion: '27' }).map((x) => x.platform)).toEqual(['ios', 'ipados', 'macos']);
    expect(select({ platforms: [], osVersion: '28' }).map((x) => x.os?.status)).toEqual(['newer', 'newer', 'newer']);
  });
  it('refuses a platform the topic does not cover, naming the ones it does', () => {
    const error = thrown(() => select({ platforms: ['windows'] }, ['macos', 'ios']));
    expect(error.message).toBe("'where' does not cover windows");
    expect(error.hint).toBe('It covers: ios, macos.');
  });
  it('refuses input that is not a version, and versions for unversioned platforms', () => {
    expect(thrown(() => select({ platforms: ['ios'], osVersion: 'tiger' })).message).toBe("'tiger' is a macOS name, not a version of iOS");
    expect(thrown(() => select({ platforms: [], osVersion: 'banana' })).message).toBe("'banana' is not a version of iOS");
    expect(thrown(() => select({ platforms: ['windows'], osVersion: '11' })).message).toBe('--os-version does not apply to windows');
    expect(thrown(() => select({ platforms: [], osVersion: '11' }, ['windows', 'web'])).message).toBe("--os-version does not apply to 'where'");
  });
});

describe('holds and selectSections', () => {
  const at = (platform: Selection['platform'], osVersion?: string): Selection => select({ platforms: [platform], ...(osVersion && { osVersion }) })[0]!;
  it('a scope holds for its platforms and inside its version range', () => {
    const scope = { platforms: ['ios' as const], os: { ios: { min: '16', max: '17' } } };
    expect(holds(scope, all, at('ios', '16'))).toBe(true);
    expect(holds(scope, all, at('ios', '17.4'))).toBe(true);
    expect(holds(scope, all, at('ios', '18'))).toBe(false);
    expect(holds(scope, all, at('ipados', '16'))).toBe(false);
    expect(holds({}, ['windows'], at('windows'))).toBe(true);
    expect(holds({}, ['ios'], at('windows'))).toBe(false);
  });
  it('a section with no step left for the selection is left out', () => {
    const sections = [
      { id: 'a', title: 'A', steps: [{ text: 'only on 18', os: { ios: { min: '18' } } }] },
      { id: 'b', title: 'B', steps: [{ text: 'always' }, { text: 'only on 17', os: { ios: { max: '17' } } }] },
    ];
    const selected = selectSections(['ios'], sections, at('ios', '17'));
    expect(selected.map((s) => [s.section.id, s.steps.map((st) => st.text)])).toEqual([['b', ['always', 'only on 17']]]);
  });
});

describe('a version too old for the feature', () => {
  it('shows how to update, once, before what a topic that needs no feature says', () => {
    const guide = readCompiledGuide(BUILT_GUIDE);
    const enable = { ...guide.topics.find((t) => t.id === 'enable')!, requiresFeature: false };
    const [selection] = resolveSelections(guide.frame, enable.platforms, { platforms: ['ios'], osVersion: '11' }, 'test');
    const ids = selectFor(guide, enable, selection!).map((s) => s.section.id);
    expect(ids[0]).toBe('update');
    expect(ids.filter((id) => id === 'update')).toHaveLength(1);
    expect(ids.length).toBeGreaterThan(1);
    expect(selectFor(guide, { ...enable, requiresFeature: true }, selection!).map((s) => s.section.id)).toEqual(['update']);
  });
});

describe('rangesOf', () => {
  // a copy of the arrays is another guide to rangesOf: it works the ranges out
  const workedOut = { topics: [...guide.topics], checklists: [...guide.checklists] };
  it.each(['ios', 'ipados', 'macos'] as const)('on %s, the ranges the build stored are those worked out', (platform) => {
    expect(rangesOf(workedOut, platform).length).toBeGreaterThan(1);
    expect(rangesOf(guide, platform)).toEqual(rangesOf(workedOut, platform));
  });
  it('works ranges out for checklists other than those the build stored them with', () => {
    const step = { id: 'new', title: 'New', sections: [{ id: 's', title: 'S', steps: [{ text: 'Only on iOS 15.', os: { ios: { min: '15.2', max: '15.4' } } }] }] };
    const changed = { topics: guide.topics, checklists: [{ ...guide.checklists[0]!, steps: [...guide.checklists[0]!.steps, step] }] };
    expect(rangesOf(changed, 'ios')).toContainEqual({ min: '15.2', max: '15.4' });
    expect(rangesOf(guide, 'ios')).not.toContainEqual({ min: '15.2', max: '15.4' });
  });
});
