// Getting a made file off the tablet: the system share sheet where the browser can share files,
// otherwise a download. Nothing is sent anywhere by the app itself.

/** Offers a download of the bytes under the given name. */
export function saveFile(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; keep it a moment for slow devices.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function canShareFiles(): boolean {
  if (typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File([''], 'test.pdf', { type: 'application/pdf' })] });
  } catch {
    return false;
  }
}

/** Opens the share sheet with the files; false when the user closed it without sharing. */
export async function shareFiles(files: { name: string; bytes: Uint8Array }[], title: string): Promise<boolean> {
  const list = files.map((f) => new File([f.bytes as BlobPart], f.name, { type: 'application/pdf' }));
  try {
    await navigator.share({ files: list, title });
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return false;
    throw error;
  }
}
