/**
 * Save text as a file through the browser's own download flow: a Blob, an object URL and a
 * temporary <a download>. This needs no "downloads" permission.
 */
export function downloadText(fileName: string, text: string, mime: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The click has already handed the blob to the download; revoke on the next task to be safe.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
