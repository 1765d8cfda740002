import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../src/guide/read-dir.js';
import { resolveSelections, viewTopic } from '../../src/guide/select.js';
import { UsageError } from '../../src/errors.js';
import { ROOT } from '../helpers.js';

const guide = readDataDir(`${ROOT}data`);
const topic = (id: string) => guide.topics.find((t) => t.id === id)!;
const texts = (id: string, platform: 'ios' | 'macos', osVersion: string) => {
  const view = viewTopic(topic(id), resolveSelections(topic(id).platforms, { platforms: [platform], osVersion }, id));
  return view.platforms[0]!.sections.flatMap((s) => s.steps.map((step) => [step.text, ...(step.menu ?? [])].join(' > ')));
};

describe('resolveSelections', () => {
  const all = ['ios', 'ipados', 'macos', 'windows', 'web'] as const;
  it('shows every covered platform at its newest version by default', () => {
    const s = resolveSelections(all, { platforms: [] }, 'where');
    expect(s.map((x) => x.platform)).toEqual([...all]);
    expect(s[0]!.os?.version).toBe('26');
    expect(s[3]!.os).toBeUndefined();
  });
  it('shows macOS at the host version on a Mac', () => {
    const s = resolveSelections(all, { platforms: [], hostMacVersion: '14.5' }, 'where');
    expect(s).toHaveLength(1);
    expect(s[0]!.platform).toBe('macos');
    expect(s[0]!.os?.release.name).toBe('Sonoma');
  });
  it('limits the default to platforms that know an asked version', () => {
    expect(resolveSelections(all, { platforms: [], osVersion: 'ventura' }, 'where').map((x) => x.platform)).toEqual(['macos']);
    expect(resolveSelections(all, { platforms: [], osVersion: '17' }, 'where').map((x) => x.platform)).toEqual(['ios', 'ipados']);
  });
  it('refuses a platform the topic does not cover, naming the ones it does', () => {
    expect(() => resolveSelections(['macos'], { platforms: ['windows'] }, "'smart-album'")).toThrow(UsageError);
    try {
      resolveSelections(['macos', 'ios'], { platforms: ['windows'] }, 'x');
    } catch (e) {
      expect((e as UsageError).hint).toBe('It covers: ios, macos.');
    }
  });
  it('refuses unknown versions and versions on unversioned platforms', () => {
    expect(() => resolveSelections(all, { platforms: ['ios'], osVersion: '11' }, 'where')).toThrow(/unknown iOS version '11'/);
    expect(() => resolveSelections(all, { platforms: ['windows'], osVersion: '11' }, 'where')).toThrow(/does not apply/);
    expect(() => resolveSelections(all, { platforms: [], osVersion: '99' }, 'where')).toThrow(/unknown OS version/);
  });
});

describe('version-specific steps in the built-in guide', () => {
  it('enable: Settings > FaceTime up to iOS 17, Settings > Apps > FaceTime from 18', () => {
    expect(texts('enable', 'ios', '17').join('\n')).toContain('Settings > FaceTime');
    expect(texts('enable', 'ios', '17').join('\n')).not.toContain('Settings > Apps > FaceTime');
    expect(texts('enable', 'ios', '18').join('\n')).toContain('Settings > Apps > FaceTime');
    expect(texts('enable', 'ios', '26').join('\n')).toContain('Settings > Apps > FaceTime');
  });
  it('enable on a Mac: Preferences and System Preferences before Ventura, Settings after', () => {
    const monterey = texts('enable', 'macos', 'monterey').join('\n');
    expect(monterey).toContain('FaceTime > Preferences…');
    expect(monterey).toContain('System Preferences');
    expect(monterey).not.toContain('System Settings');
    const sequoia = texts('enable', 'macos', 'sequoia').join('\n');
    expect(sequoia).toContain('System Settings');
    expect(sequoia).toContain('FaceTime > Settings…');
    expect(sequoia).not.toContain('Preferences');
  });
  it('where: the three Photos layouts', () => {
    expect(texts('where', 'ios', '17').join('\n')).toContain('Albums > Media Types > Live Photos');
    expect(texts('where', 'ios', '18').join('\n')).toContain('no tab bar');
    expect(texts('where', 'ios', '26').join('\n')).toContain('Collections > Media Types > Live Photos');
  });
  it('recover: the Recently Deleted lock from iOS 16 only', () => {
    expect(texts('recover', 'ios', '15').join('\n')).not.toContain('locked');
    expect(texts('recover', 'ios', '16').join('\n')).toContain('locked');
  });
  it('marks unverified facts', () => {
    const view = viewTopic(topic('smart-album'), [{ platform: 'macos', os: undefined }]);
    expect(view.platforms[0]!.sections[0]!.steps.some((s) => !s.verified)).toBe(true);
  });
});
