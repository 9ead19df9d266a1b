import { describe, expect, it } from 'vitest';
import { orientationRotation, shownPageMm, storedPageMm } from './pageGeometry';
import type { ImagePage } from './sourcePages';

function page(overrides: Partial<ImagePage>): ImagePage {
  return {
    kind: 'image',
    format: 'jpeg',
    index: 0,
    width: 2480,
    height: 3508,
    xDpi: null,
    yDpi: null,
    orientation: 1,
    colour: 'colour',
    bitsPerSample: 8,
    hasAlpha: false,
    palette: false,
    compression: 'jpeg',
    dctPassthrough: true,
    g4: null,
    ...overrides,
  };
}

describe('page geometry', () => {
  it('takes the size from the resolution: 2480 × 3508 px at 300 dpi is A4', () => {
    const size = storedPageMm(page({ xDpi: 300, yDpi: 300 }));
    expect(size.widthMm).toBeCloseTo(209.97, 2);
    expect(size.heightMm).toBeCloseTo(297.01, 2);
  });

  it('uses each axis of a fax resolution (204 × 196 dpi)', () => {
    const size = storedPageMm(page({ width: 1728, height: 2292, xDpi: 204, yDpi: 196 }));
    expect(size.widthMm).toBeCloseTo(215.15, 2);
    expect(size.heightMm).toBeCloseTo(297.02, 2);
  });

  it('fits an image without resolution to A4, upright or lying as it is shown', () => {
    const upright = storedPageMm(page({ width: 1000, height: 2000 }));
    expect(upright.widthMm).toBeCloseTo(148.5, 5);
    expect(upright.heightMm).toBeCloseTo(297, 5);
    const lying = storedPageMm(page({ width: 3000, height: 2000 }));
    expect(lying.widthMm).toBeCloseTo(297, 5);
    expect(lying.heightMm).toBeCloseTo(198, 5);
  });

  it("treats a camera's 72 dpi that would make a page larger than A0 as no resolution", () => {
    const photo = storedPageMm(page({ width: 4032, height: 3024, xDpi: 72, yDpi: 72 }));
    expect(photo.widthMm).toBeCloseTo(280, 5);
    expect(photo.heightMm).toBeCloseTo(210, 5);
  });

  it('turns the page for a photo taken upright (EXIF orientation 6)', () => {
    const photo = page({ width: 4032, height: 3024, orientation: 6 });
    const stored = storedPageMm(photo);
    expect(stored.widthMm).toBeCloseTo(280, 5);
    expect(stored.heightMm).toBeCloseTo(210, 5);
    const shown = shownPageMm(photo);
    expect(shown.widthMm).toBeCloseTo(210, 5);
    expect(shown.heightMm).toBeCloseTo(280, 5);
  });

  it('maps the rotating orientations to a clockwise turn and the mirrored to none', () => {
    expect([1, 3, 6, 8].map(orientationRotation)).toEqual([0, 180, 90, 270]);
    expect([2, 4, 5, 7].map(orientationRotation)).toEqual([null, null, null, null]);
  });
});
