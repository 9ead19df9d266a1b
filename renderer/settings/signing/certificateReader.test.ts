import { describe, expect, it } from 'vitest';
import { loadCertificateReader, loadedCertificateReader } from './certificateReader';
import { readCertificateSummary } from './derCertificate';

describe('certificate reader chunk', () => {
  it('is fetched once, on demand, and then at hand for a first render', async () => {
    expect(loadedCertificateReader()).toBeNull();
    const [first, second] = await Promise.all([loadCertificateReader(), loadCertificateReader()]);
    expect(first).toBe(readCertificateSummary);
    expect(second).toBe(first);
    expect(loadedCertificateReader()).toBe(first);
  });
});
