import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces the test document with a saved page (fixtures are our own writing, not live sites). */
export function loadFixture(name: string): string {
  const html = readFileSync(join(__dirname, 'fixtures', name), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return html;
}

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
