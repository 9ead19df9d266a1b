import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rotation, ScanMode } from '../../../../common/contract/conversion';
import { usePdfPages } from './pdfPageSource';

export interface PageImageProps {
  /** An image to show (the inspection's JPEG thumbnail, or a JPEG/PNG file when enlarged). */
  image: Uint8Array | null;
  /** Else a PDF page drawn with pdf.js. */
  pdf: { bytes: Uint8Array; page: number } | null;
  /** Width drawn, in CSS pixels (PDF pages). */
  width: number;
  rotate: Rotation;
  mode: ScanMode;
  label: string;
  large?: boolean;
}

/** An image from bytes, through an object URL that lives exactly as long as it is shown. */
function ImageFromBytes({ bytes, label }: { bytes: Uint8Array; label: string }) {
  const { t } = useTranslation();
  const image = useRef<HTMLImageElement>(null);
  const blob = useMemo(() => new Blob([bytes as Uint8Array<ArrayBuffer>]), [bytes]);
  const [failed, setFailed] = useState<Blob | null>(null);
  // Made here, revoked in the cleanup: a remount makes a new one, closing the dialog frees it.
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  if (failed === blob)
    return <span className="scan-thumb__failed">{t('conversionScan.pages.previewFailed')}</span>;
  return <img ref={image} alt={label} onError={() => setFailed(blob)} />;
}

function PdfPageCanvas({
  bytes,
  page,
  width,
  label,
}: {
  bytes: Uint8Array;
  page: number;
  width: number;
  label: string;
}) {
  const { t } = useTranslation();
  const source = usePdfPages();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const target = canvas.current;
    if (!source || !target) return;
    let live = true;
    source.draw(bytes, page, width, target).catch(() => {
      if (live) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [source, bytes, page, width]);
  if (failed)
    return <span className="scan-thumb__failed">{t('conversionScan.pages.previewFailed')}</span>;
  return <canvas ref={canvas} role="img" aria-label={label} />;
}

/**
 * A page as it will be output: turned by CSS (the output is turned by main) and in a
 * grey or high-contrast look for the greyscale and black-and-white modes (approximate).
 */
export function PageThumbnail({ image, pdf, width, rotate, mode, label, large }: PageImageProps) {
  const classes = [
    'scan-thumb',
    `scan-thumb--turn-${rotate}`,
    `scan-thumb--${mode}`,
    large ? 'scan-thumb--large' : '',
  ].filter(Boolean);
  return (
    <div className={classes.join(' ')}>
      {image ? (
        <ImageFromBytes bytes={image} label={label} />
      ) : pdf ? (
        <PdfPageCanvas bytes={pdf.bytes} page={pdf.page} width={width} label={label} />
      ) : (
        <span className="scan-thumb__failed">{label}</span>
      )}
    </div>
  );
}
