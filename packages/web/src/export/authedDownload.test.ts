import { describe, expect, it } from 'vitest';
import { filenameOf } from './authedDownload';

describe('filenameOf', () => {
  it('prefers the UTF-8 name, else the plain one', () => {
    const header = `attachment; filename="icv-report.pdf"; filename*=UTF-8''${encodeURIComponent('智能网联产业链报告.pdf')}`;
    expect(filenameOf(header)).toBe('智能网联产业链报告.pdf');
    expect(filenameOf('attachment; filename="chain-atlas-icv-jinshan.graphml"')).toBe(
      'chain-atlas-icv-jinshan.graphml',
    );
    expect(filenameOf(`attachment; filename="a.pdf"; filename*=UTF-8''%E0%A4`)).toBe('a.pdf');
    expect(filenameOf(null)).toBeNull();
    expect(filenameOf('attachment')).toBeNull();
  });
});
