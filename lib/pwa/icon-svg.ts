/**
 * Aisle's app icon: a lower-case "a" and the accent dot on the ink background. `safe` keeps
 * the mark inside the central 80% circle that maskable icons may crop to.
 */
export function appIconSvg(size: number, opts: { safe?: boolean } = {}): string {
  const scale = opts.safe ? 0.62 : 0.8;
  const font = Math.round(size * scale);
  const cx = size / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${opts.safe ? 0 : Math.round(size * 0.22)}" fill="#1c1917"/>
  <text x="${cx - size * 0.06}" y="${cx + font * 0.3}" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif"
    font-weight="700" font-size="${font}" fill="#fafaf9">a</text>
  <circle cx="${cx + font * 0.36}" cy="${cx + font * 0.24}" r="${font * 0.075}" fill="#ea580c"/>
</svg>`;
}
