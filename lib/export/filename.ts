/**
 * Download names: `sourcelight-<slug>-<yyyy-mm-dd|report>.<ext>`, ASCII letters, digits and
 * hyphens only, at most 100 characters, so every file system and the downloads API accept them
 * and a hostile title cannot smuggle a path, a dot-file or a second extension.
 */
import type { Report } from '../report/types';

export const MAX_FILE_NAME = 100;

function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The article's publication day, when its published time parses as a real date. */
function dayOf(published: string | null): string | null {
  const m = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  const same = d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  return same ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function exportFileName(report: Report, ext: string): string {
  const safeExt = slugify(ext).replace(/-/g, '').slice(0, 10) || 'txt';
  const day = dayOf(report.article.publishedTime) ?? 'report';
  const fixed = `sourcelight--${day}.${safeExt}`.length;
  const room = MAX_FILE_NAME - fixed;
  let slug = slugify(report.article.title) || slugify(hostOf(report.article.url)) || 'article';
  if (slug.length > room) slug = slug.slice(0, room).replace(/-[^-]*$/, '') || slug.slice(0, room);
  slug = slug.replace(/-+$/, '');
  return `sourcelight-${slug}-${day}.${safeExt}`;
}
