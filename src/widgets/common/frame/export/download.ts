/**
 * Save a Blob under a file name: a temporary `<a download>` to an object URL, clicked. (The CSP's `img-src` does not
 * govern downloads, so blob: is fine here.) The URL is revoked a little later: revoking at once can cancel the
 * download in some browsers before it has read the data.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
