import { describe, expect, it } from 'vitest';
import { inRange, knownReleases, newest, osLabel, resolveVersion } from '../../src/guide/versions.js';
import { parsePlatform } from '../../src/guide/platforms.js';

describe('resolveVersion', () => {
  it('accepts numbers with minor parts and maps them to their release', () => {
    expect(resolveVersion('ios', '18.2')).toEqual({ version: '18.2', release: { version: '18' } });
    expect(resolveVersion('macos', '10.14.3')?.release.name).toBe('Mojave');
    expect(resolveVersion('ipados', '26')?.version).toBe('26');
  });
  it('accepts macOS names in any case and spacing', () => {
    expect(resolveVersion('macos', 'monterey')?.version).toBe('12');
    expect(resolveVersion('macos', 'Big Sur')?.version).toBe('11');
    expect(resolveVersion('macos', 'big-sur')?.version).toBe('11');
  });
  it('rejects releases the platform does not have', () => {
    expect(resolveVersion('ios', '11')).toBeUndefined();
    expect(resolveVersion('ios', '19')).toBeUndefined();
    expect(resolveVersion('ios', 'ventura')).toBeUndefined();
    expect(resolveVersion('macos', '10.13')).toBeUndefined();
    expect(resolveVersion('macos', '')).toBeUndefined();
    expect(resolveVersion('macos', '1.2.3.4')).toBeUndefined();
  });
  it('defaults to the newest release', () => {
    expect(newest('ios').version).toBe('26');
    expect(osLabel('macos', newest('macos'))).toBe('macOS 26 Tahoe');
    expect(knownReleases('macos')).toContain('12 (monterey)');
  });
});

describe('inRange', () => {
  it('treats a bound as covering every version it prefixes', () => {
    expect(inRange('17.5', { max: '17' })).toBe(true);
    expect(inRange('18', { max: '17' })).toBe(false);
    expect(inRange('18.2', { min: '18', max: '18' })).toBe(true);
    expect(inRange('26', { min: '18', max: '18' })).toBe(false);
  });
  it('compares minor and patch components', () => {
    expect(inRange('12.1', { min: '12.1.4' })).toBe(false);
    expect(inRange('12.1.4', { min: '12.1.4' })).toBe(true);
    expect(inRange('10.14.3', { min: '10.15', max: '12' })).toBe(false);
    expect(inRange('10.15', { min: '10.15', max: '12' })).toBe(true);
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
