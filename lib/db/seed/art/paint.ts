/**
 * Colour maths for the product-art generator: shades and tints of the garment colour, a backdrop
 * that complements it, and thread colours that stay visible on dark and light cloth alike.
 * Everything works on '#rrggbb' strings; inputs may omit the '#'.
 */

type Rgb = [number, number, number];

const clamp = (v: number, lo = 0, hi = 1): number => Math.min(hi, Math.max(lo, v));

function parse(hex: string): Rgb {
  const h = hex.replace('#', '');
  const n = /^[0-9a-fA-F]{6}$/.test(h) ? parseInt(h, 16) : 0x808080;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function format([r, g, b]: Rgb): string {
  const part = (v: number): string =>
    Math.round(clamp(v, 0, 255))
      .toString(16)
      .padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

/** Linear blend of two colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const x = parse(a);
  const y = parse(b);
  return format([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

export const shade = (hex: string, t: number): string => mix(hex, '#000000', t);
export const tint = (hex: string, t: number): string => mix(hex, '#ffffff', t);

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const lin = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parse(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Hue (degrees), saturation and lightness (0..1). */
export function toHsl(hex: string): { h: number; s: number; l: number } {
  const [r, g, b] = parse(hex).map((v) => v / 255) as Rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

export function fromHsl(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b]: Rgb =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return format([(r + m) * 255, (g + m) * 255, (b + m) * 255]);
}

export type Backdrop = { inner: string; outer: string; shadow: string };

/**
 * A pale studio backdrop: a cool neutral behind warm garments, a warm neutral behind cool or
 * achromatic ones, and a touch darker behind near-white items so their edges still read.
 */
export function backdropFor(hex: string): Backdrop {
  const { h, s } = toHsl(hex);
  const lum = luminance(hex);
  const chroma = s * (1 - Math.abs(2 * toHsl(hex).l - 1));
  const warm = chroma > 0.08 && (h < 75 || h > 320);
  const hue = warm ? 205 : 36;
  const sat = warm ? 0.1 : chroma > 0.08 ? 0.2 : 0.14;
  const light = lum > 0.6 ? 0.86 : lum > 0.3 ? 0.9 : 0.93;
  return {
    inner: fromHsl(hue, sat, clamp(light + 0.035)),
    outer: fromHsl(hue, sat * 0.9, light - 0.05),
    shadow: fromHsl(hue, 0.12, 0.22),
  };
}

export type Palette = {
  base: string;
  /** Lit side of the cloth. */
  hi: string;
  /** Shadow side. */
  lo: string;
  /** Insides, creases, deep folds. */
  deep: string;
  /** Seam lines, tone on tone. */
  line: string;
  /** Contrasting thread: light on dark cloth, dark on light cloth. */
  stitch: string;
  /** Tone-on-tone thread for quiet topstitching. */
  thread: string;
  /** Buttons and trims, a step away from the cloth. */
  trim: string;
  /** Hardware: zips, rivets, eyelets. */
  metal: string;
  metalHi: string;
  /** Fine grain over the cloth: white speckle on dark colours, dark on light ones. */
  grain: string;
  dark: boolean;
  pale: boolean;
  bg: Backdrop;
};

export function paletteFor(color: string): Palette {
  const base = `#${color.replace('#', '').toLowerCase()}`;
  const lum = luminance(base);
  const dark = lum < 0.06;
  const pale = lum > 0.62;
  const hi = dark ? tint(base, 0.13) : pale ? tint(base, 0.55) : tint(base, 0.16);
  const lo = dark ? shade(base, 0.3) : pale ? mix(base, '#5a5148', 0.16) : shade(base, 0.24);
  const deep = dark ? shade(base, 0.55) : pale ? mix(base, '#3a342e', 0.42) : shade(base, 0.52);
  return {
    base,
    hi,
    lo,
    deep,
    line: dark ? tint(base, 0.1) : pale ? mix(base, '#4a4038', 0.28) : shade(base, 0.36),
    stitch: lum < 0.22 ? tint(base, dark ? 0.34 : 0.42) : shade(base, pale ? 0.34 : 0.42),
    thread: mix(base, lum < 0.22 ? tint(base, 0.45) : shade(base, 0.45), 0.6),
    trim: dark ? tint(base, 0.2) : pale ? mix(base, '#6b5e50', 0.45) : shade(base, 0.3),
    metal: lum < 0.3 ? '#9aa0a6' : '#8a7550',
    metalHi: lum < 0.3 ? '#e3e6e8' : '#d9c79c',
    grain: lum < 0.25 ? '#ffffff' : '#000000',
    dark,
    pale,
    bg: backdropFor(base),
  };
}
