import { useEffect, useMemo, useState } from 'react';

/** The light border a reader needs round a QR code (four modules, as the standard asks). */
const QUIET_ZONE = 4;

interface QrModules {
  size: number;
  dark: (row: number, column: number) => boolean;
}

/**
 * A QR code drawn as one SVG path. The encoder (the `qrcode` package) is fetched only when a code is first shown,
 * so the chapters do not carry it. Dark on white whatever the theme, because phones' scanners expect that.
 */
export function QrCode(props: { text: string; label: string; className?: string }) {
  const [modules, setModules] = useState<{ text: string; qr: QrModules }>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    import('qrcode').then(
      (qrcode) => {
        const code = qrcode.create(props.text, { errorCorrectionLevel: 'M' });
        const { size, data } = code.modules;
        if (current) setModules({ text: props.text, qr: { size, dark: (r, c) => data[r * size + c] === 1 } });
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [props.text]);

  // The figure re-renders on every slider move; the path is made only when the code changes.
  const path = useMemo(() => (modules ? modulePath(modules.qr) : ''), [modules]);
  if (failed) return null;
  if (!modules) return <div className={`qr-code qr-code--loading ${props.className ?? ''}`} />;
  const side = modules.qr.size + 2 * QUIET_ZONE;
  return (
    <svg
      className={`qr-code ${props.className ?? ''}`}
      viewBox={`0 0 ${side} ${side}`}
      role="img"
      aria-label={props.label}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}

/** One unit square per dark module, inside the quiet zone. */
function modulePath({ size, dark }: QrModules): string {
  let path = '';
  for (let row = 0; row < size; row++)
    for (let column = 0; column < size; column++)
      if (dark(row, column)) path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
  return path;
}
