import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('built manifest', () => {
  it('asks for activeTab, scripting and storage only', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('declares no content script for all sites and keeps the default CSP', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('opens a popup from the toolbar and runs a module-free service worker', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.action.default_title).toBe('Sourcelight: analyse this article');
    expect(manifest.background.service_worker).toBe('background.js');
  });

  it('ships no remote code and no eval', () => {
    const code = filesUnder(out).filter((f) => /\.(js|html)$/.test(f));
    expect(code.length).toBeGreaterThan(2);
    for (const file of code) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimport\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bnew Function\(|\beval\(/);
    }
  });
});
