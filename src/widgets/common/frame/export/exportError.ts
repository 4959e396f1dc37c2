/** Why a picture could not be made; `reason` picks the reader's message (exportStrings.ts). */
export type ExportFailure = 'empty' | 'no-canvas' | 'tainted' | 'image' | 'encode';

export class ExportError extends Error {
  constructor(
    readonly reason: ExportFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
