import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parsePlatform, type VersionedPlatform } from '../../src/guide/platforms.js';
import { compareVersions, inRange, isEmptyRange, knownReleases, newest, resolveVersion } from '../../src/guide/versions.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { BUILT_GUIDE } from '../helpers.js';

const { frame } = readCompiledGuide(BUILT_GUIDE);
const resolve = (platform: VersionedPlatform, input: string) => resolveVersion(frame, platform, input);

describe('every real version gets an answer', () => {
  it.each([
    // platform, typed, label, release, status, asked as a whole release with the minimum inside it
    ['ios', '27', 'iOS 27', '27', 'supported', false],
    ['ios', '18.2', 'iOS 18.2', '18', 'supported', false],
    ['ios', '12.1.4', 'iOS 12.1.4', '12', 'supported', false],
    ['ios', '12', 'iOS 12', '12', 'supported', true],
    ['ios', '12.1', 'iOS 12.1', '12', 'unsupported', false],
    ['ios', '12.1.3', 'iOS 12.1.3', '12', 'unsupported', false],
    ['ios', '11', 'iOS 11', '11', 'unsupported', false],
    ['ios', '10', 'iOS 10', '10', 'never', false],
    ['ios', '3', 'iPhone OS 3', '3', 'never', false],
    ['ios', '28', 'iOS 28', '27', 'newer', false],
    ['ios', '99', 'iOS 99', '27', 'newer', false],
    ['ios', '27.1', 'iOS 27.1', '27', 'supported', false],
    ['ipados', '12.1.4', 'iOS 12.1.4', '12', 'supported', false],
    ['ipados', '13', 'iPadOS 13', '13', 'supported', false],
    ['ipados', '11', 'iOS 11', '11', 'unsupported', false],
    ['macos', '27', 'macOS 27 Golden Gate', '27', 'supported', false],
    ['macos', 'golden-gate', 'macOS 27 Golden Gate', '27', 'supported', false],
    ['macos', 'Golden Gate', 'macOS 27 Golden Gate', '27', 'supported', false],
    ['macos', 'goldengate', 'macOS 27 Golden Gate', '27', 'supported', false],
    ['macos', 'tahoe', 'macOS 26 Tahoe', '26', 'supported', false],
    ['macos', 'monterey', 'macOS 12 Monterey', '12', 'supported', false],
    ['macos', '10.14.3', 'macOS 10.14.3 Mojave', '10.14', 'supported', false],
    ['macos', '10.14.6', 'macOS 10.14.6 Mojave', '10.14', 'supported', false],
    ['macos', 'mojave', 'macOS 10.14 Mojave', '10.14', 'supported', true],
    ['macos', '10.14', 'macOS 10.14 Mojave', '10.14', 'supported', true],
    ['macos', '10.14.2', 'macOS 10.14.2 Mojave', '10.14', 'unsupported', false],
    ['macos', 'high-sierra', 'macOS 10.13 High Sierra', '10.13', 'unsupported', false],
    ['macos', '10.12', 'macOS 10.12 Sierra', '10.12', 'never', false],
    ['macos', 'el capitan', 'OS X 10.11 El Capitan', '10.11', 'never', false],
    ['macos', 'tiger', 'Mac OS X 10.4 Tiger', '10.4', 'never', false],
    ['macos', '10.16', 'macOS 11 Big Sur', '11', 'supported', false],
    ['macos', '10.16.1', 'macOS 11.1 Big Sur', '11', 'supported', false],
    ['ios', ' 17 ', 'iOS 17', '17', 'supported', false],
    ['macos', '28', 'macOS 28', '27', 'newer', false],
  ] as const)('%s %s: %s, release %s, %s', (platform, typed, label, release, status, partly) => {
    const os = resolve(platform, typed);
    expect(os.label).toBe(label);
    expect(os.release.version).toBe(release);
    expect(os.status).toBe(status);
    expect(os.partly).toBe(partly);
  });
});

describe('input that is not a version of the platform is a usage error', () => {
  it.each([
    ['ios', '20', /^there is no iOS 20$/, /Known iOS releases: 1 to 18, 26, 27\./],
    ['ios', '0', /^there is no iOS 0$/, /Known iOS releases/],
    ['macos', '16', /^there is no macOS 16$/, /27 \(golden gate\)/],
    ['macos', '10.17', /^there is no macOS 10\.17$/, /Known macOS releases/],
    ['ios', 'ventura', /^'ventura' is a macOS name, not a version of iOS$/, /Known iOS releases/],
    ['ios', 'banana', /^'banana' is not a version of iOS$/, /^Give a number such as 27 or 27\.1\. Known iOS releases/],
    ['macos', 'banana', /^'banana' is not a version of macOS$/, /^Give a number such as 27 or a name such as golden-gate\. /],
    ['macos', '', /is not a version of macOS/, /Known/],
    ['macos', '1.2.3.4', /is not a version of macOS/, /Known/],
  ] as const)('%s %j', (platform, typed, message, hint) => {
    let error: unknown;
    try {
      resolve(platform, typed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(message);
    expect((error as UsageError).hint).toMatch(hint);
  });
});

describe('releases', () => {
  it('the newest is 27 on every platform, and the default', () => {
    expect(newest(frame, 'ios').label).toBe('iOS 27');
    expect(newest(frame, 'ipados').label).toBe('iPadOS 27');
    expect(newest(frame, 'macos').label).toBe('macOS 27 Golden Gate');
  });
  it('hints list the known releases compactly', () => {
    expect(knownReleases(frame, 'ios')).toBe('1 to 18, 26, 27');
    expect(knownReleases(frame, 'macos')).toMatch(/^10\.13 \(high sierra\), 10\.14 \(mojave\), .*, 27 \(golden gate\)$/);
  });
});

describe('version arithmetic', () => {
  it('compares component by component, missing ones as 0', () => {
    expect(compareVersions('12.1.4', '12.1.3')).toBeGreaterThan(0);
    expect(compareVersions('12', '12.0.0')).toBe(0);
    expect(compareVersions('10.14', '10.9')).toBeGreaterThan(0);
    expect(compareVersions('18.2', '18', 1)).toBe(0);
  });
  it('a bound covers every version it is a prefix of', () => {
    expect(inRange('17.5', { max: '17' })).toBe(true);
    expect(inRange('18', { max: '17' })).toBe(false);
    expect(inRange('18.2', { min: '18', max: '18' })).toBe(true);
    expect(inRange('26', { min: '18', max: '18' })).toBe(false);
    expect(inRange('12.1', { min: '12.1.4' })).toBe(false);
    expect(inRange('12.1.4', { min: '12.1.4' })).toBe(true);
    expect(inRange('10.14.3', { min: '10.15', max: '12' })).toBe(false);
  });
  it('a range is empty only when its min lies above its max', () => {
    expect(isEmptyRange({ min: '17.5', max: '17' })).toBe(false);
    expect(isEmptyRange({ min: '18', max: '17' })).toBe(true);
    expect(isEmptyRange({ min: '10.15', max: '10.14.3' })).toBe(true);
    expect(isEmptyRange({ min: '13' })).toBe(false);
  });
});

describe('parsePlatform', () => {
  it('knows devices and OS names', () => {
    expect(parsePlatform('iPhone')).toBe('ios');
    expect(parsePlatform('mac')).toBe('macos');
    expect(parsePlatform('icloud')).toBe('web');
    expect(parsePlatform('android')).toBeUndefined();
  });
});
