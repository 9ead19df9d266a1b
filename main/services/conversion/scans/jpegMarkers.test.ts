import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { JpegStructureError, walkJpeg } from './jpegMarkers';
import { bytesOf, paperImage, withJfifDpi, withoutDpi } from './testScans';

const page = () => paperImage({ width: 400, height: 566 });

describe('walkJpeg', () => {
  it('reads the frame header and walks a baseline JPEG to its end', async () => {
    const jpeg = bytesOf(await page().jpeg().toBuffer());
    const walk = walkJpeg(jpeg);
    expect(walk).toMatchObject({
      complete: true,
      frame: { marker: 0xc0, precision: 8, width: 400, height: 566, components: 3 },
      orientation: 1,
    });
    expect(walk.scans).toHaveLength(1);
    const [start, end] = walk.scans[0] as [number, number];
    expect(jpeg[end]).toBe(0xff);
    expect(jpeg[end + 1]).toBe(0xd9);
    expect(start).toBeLessThan(end);
  });

  it('walks every scan of a progressive JPEG', async () => {
    const walk = walkJpeg(bytesOf(await page().jpeg({ progressive: true }).toBuffer()));
    expect(walk.complete).toBe(true);
    expect(walk.frame?.marker).toBe(0xc2);
    expect(walk.scans.length).toBeGreaterThan(1);
  });

  it('takes the resolution from JFIF (dots per inch or per centimetre), else from EXIF', async () => {
    const plain = bytesOf(await page().jpeg().toBuffer());
    expect(walkJpeg(withJfifDpi(plain, 200))).toMatchObject({ xDpi: 200, yDpi: 200 });
    const perCm = Buffer.from(withJfifDpi(plain, 118));
    perCm[13] = 2;
    expect(walkJpeg(bytesOf(perCm)).xDpi).toBeCloseTo(299.72, 2);
    const exif = bytesOf(await page().withMetadata({ density: 600 }).jpeg().toBuffer());
    expect(walkJpeg(exif)).toMatchObject({ xDpi: 600, yDpi: 600 });
  });

  it('says nothing of the resolution when the file does not (sharp would say 72)', async () => {
    const jpeg = withoutDpi(bytesOf(await page().jpeg().toBuffer()));
    expect((await sharp(jpeg).metadata()).density).toBe(72);
    expect(walkJpeg(jpeg)).toMatchObject({ complete: true, xDpi: null, yDpi: null });
  });

  it('reads the EXIF orientation', async () => {
    const jpeg = bytesOf(await page().withMetadata({ orientation: 6 }).jpeg().toBuffer());
    expect(walkJpeg(jpeg).orientation).toBe(6);
  });

  it('finds a file cut off inside the scan data, before EOI or inside a header', async () => {
    const jpeg = bytesOf(await page().jpeg().toBuffer());
    const [start, end] = walkJpeg(jpeg).scans[0] as [number, number];
    for (const cut of [Math.round((start + end) / 2), end, jpeg.length - 1, start - 3, 20]) {
      expect(walkJpeg(jpeg.subarray(0, cut)).complete, `cut at ${cut}`).toBe(false);
    }
  });

  it('ignores what follows EOI', async () => {
    const jpeg = await page().jpeg().toBuffer();
    const padded = bytesOf(Buffer.concat([jpeg, Buffer.from('trailing bytes of a scanner')]));
    expect(walkJpeg(padded).complete).toBe(true);
  });

  it('throws for what is no JPEG structure', () => {
    expect(() => walkJpeg(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow(JpegStructureError);
    const noMarker = new Uint8Array([0xff, 0xd8, 0x12, 0x34, 0x00, 0x10]);
    expect(() => walkJpeg(noMarker)).toThrow(JpegStructureError);
    // A scan before any frame header.
    const scanFirst = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0x00, 0xff, 0xd9]);
    expect(() => walkJpeg(scanFirst)).toThrow(JpegStructureError);
  });
});
