import { useState } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { keepStoredBlob, sameStoredBlob, useStableBlob, type StoredBlob } from './useStableBlob';

const read = (id: string, sha256: string, text = 'pdf'): StoredBlob => ({
  id,
  sha256,
  blob: new Blob([text], { type: 'application/pdf' }),
});

/**
 * Renders a component once per read, like a live query re-running, and returns what
 * the hook handed out each time. A render-phase state update makes the server renderer
 * render the component again with its hook state kept, so no DOM is needed.
 */
function handedOut(reads: (StoredBlob | null | undefined)[]): (Blob | null)[] {
  const seen: (Blob | null)[] = [];
  function Reader() {
    const [step, setStep] = useState(0);
    const blob = useStableBlob(reads[step]);
    if (seen.length === step) seen.push(blob);
    else seen[step] = blob;
    if (step < reads.length - 1) setStep(step + 1);
    return null;
  }
  renderToStaticMarkup(<Reader />);
  return seen;
}

describe('sameStoredBlob / keepStoredBlob', () => {
  it('keeps the previous read while id and digest stay, whatever the Blob object', () => {
    const first = read('c1', 'aa');
    const again = read('c1', 'aa');
    expect(sameStoredBlob(first, again)).toBe(true);
    expect(keepStoredBlob(first, again)).toBe(first);
  });

  it('takes the new read when the digest or the record changed, or the file is gone', () => {
    const first = read('c1', 'aa');
    const changed = read('c1', 'bb');
    const other = read('c2', 'aa');
    expect(keepStoredBlob(first, changed)).toBe(changed);
    expect(keepStoredBlob(first, other)).toBe(other);
    expect(keepStoredBlob(first, null)).toBeNull();
    expect(keepStoredBlob(null, first)).toBe(first);
    expect(sameStoredBlob(null, null)).toBe(true);
  });
});

describe('useStableBlob', () => {
  it('hands out the first Blob again while a re-run reads the same content', () => {
    const first = read('c1', 'aa');
    const [a, b, c] = handedOut([first, read('c1', 'aa'), read('c1', 'aa')]);
    expect(a).toBe(first.blob);
    expect(b).toBe(first.blob);
    expect(c).toBe(first.blob);
  });

  it('hands out the new Blob once the content changed, and keeps that one after', () => {
    const first = read('c1', 'aa');
    const signed = read('c1', 'bb', 'signed pdf');
    const [a, b, c] = handedOut([first, signed, read('c1', 'bb', 'signed pdf')]);
    expect(a).toBe(first.blob);
    expect(b).toBe(signed.blob);
    expect(c).toBe(signed.blob);
  });

  it('follows another record with the same digest, and a file that goes and comes', () => {
    const first = read('b1', 'aa');
    const component = read('c1', 'aa');
    const back = read('c1', 'aa');
    const [a, b, c, d] = handedOut([first, component, null, back]);
    expect(a).toBe(first.blob);
    expect(b).toBe(component.blob);
    expect(c).toBeNull();
    expect(d).toBe(back.blob);
  });

  it('gives null while there is no file', () => {
    expect(handedOut([null, undefined])).toEqual([null, null]);
  });
});
