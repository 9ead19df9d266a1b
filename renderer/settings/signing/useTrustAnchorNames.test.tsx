import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadCertificateReader } from './certificateReader';
import { OLD_PEM, ROOT_PEM } from './testCertificates';
import { checkTrustAnchors } from './trustAnchors';
import { useTrustAnchorNames } from './useTrustAnchorNames';

function Names({ text }: { text: string }) {
  return <>{JSON.stringify(useTrustAnchorNames(checkTrustAnchors(text)))}</>;
}
// A static render: what the form's first render gets, before any effect fetched pkijs.
const firstRender = (text: string): unknown =>
  JSON.parse(renderToStaticMarkup(<Names text={text} />).replace(/&quot;/g, '"'));

describe('useTrustAnchorNames', () => {
  it('names nothing until the reader is fetched, then names at once', async () => {
    expect(firstRender('')).toEqual({ ok: true, certificates: [] });
    expect(firstRender('not a certificate')).toBeNull();
    expect(firstRender(`${ROOT_PEM}\n${OLD_PEM}`)).toBeNull();
    await loadCertificateReader();
    expect(firstRender(`${ROOT_PEM}\n${OLD_PEM}`)).toMatchObject({
      ok: true,
      certificates: [
        { subjectName: 'Testovací kořenová CA' },
        { subjectName: 'Stará autorita s.r.o.' },
      ],
    });
    const notX509 = `-----BEGIN CERTIFICATE-----\n${btoa('not a certificate')}\n-----END CERTIFICATE-----`;
    expect(firstRender(`${ROOT_PEM}\n${notX509}`)).toEqual({
      ok: false,
      issue: {
        path: 'signingTrustAnchorsPem',
        message: 'signingSettings.validation.pemNotDer',
        params: { index: 2 },
      },
    });
  });
});
