import { describe, expect, it } from 'vitest';
import { deviceColorsIn } from './contentColors';

const colors = (content: string) => deviceColorsIn(new TextEncoder().encode(content));

describe('deviceColorsIn', () => {
  it('sees the RGB and CMYK operators and colour space names', () => {
    expect(colors('0 0 1 rg 10 10 50 50 re f')).toEqual({ deviceRGB: true, deviceCMYK: false });
    expect(colors('0 1 1 0 K 0 0 m 10 10 l S')).toEqual({ deviceRGB: false, deviceCMYK: true });
    expect(colors('/DeviceCMYK cs 0 0 0 1 sc')).toEqual({ deviceRGB: false, deviceCMYK: true });
    expect(colors('BI /W 1 /H 1 /CS /RGB /BPC 8 ID \x00\x00\x00 EI')).toEqual({
      deviceRGB: true,
      deviceCMYK: false,
    });
  });

  it('is not fooled by text, hex strings, names or comments that read like operators', () => {
    expect(colors('BT /F1 12 Tf (a k b \\) K rg) Tj <6B> Tj ET % 1 1 1 rg\n/k gs /RG cs')).toEqual({
      deviceRGB: false,
      deviceCMYK: false,
    });
    expect(colors('0.5 g 0 0 m 1 1 l S')).toEqual({ deviceRGB: false, deviceCMYK: false });
  });
});
