import { describe, expect, it } from 'vitest';
import { saveFailure } from '../../src/index/writeErrors.ts';

describe('saveFailure', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EROFS', 'read-only file system'],
    ['ENOSPC', 'disk full'],
    ['ENOTDIR', 'part of its path is a file, not a folder'],
    ['EXDEV', 'EXDEV'],
  ])('names the cache folder by its last segment and %s plainly, without the path the error carries', (code, reason) => {
    const error = Object.assign(new Error(`${code}: open '/srv/secret/byline/.cache/index.snapshot.1.tmp'`), { code });
    expect(saveFailure('/srv/secret/byline/.cache', error)).toBe(`cannot save the snapshot in ".cache": ${reason}`);
  });

  it('falls back to the message of an error without a code', () => {
    expect(saveFailure('.cache', new Error('disk on fire'))).toBe('cannot save the snapshot in ".cache": disk on fire');
  });
});
