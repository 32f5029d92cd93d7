/**
 * Size guides and fit notes, per category (the seed's categories) with a few per-product fits:
 * body measurements in centimetres, as Korean and Japanese high-street shops publish them.
 */

export type Measurement = 'height' | 'chest' | 'waist' | 'hip' | 'inseam' | 'footLength' | 'headCircumference';
export type Fit = 'slim' | 'regular' | 'relaxed' | 'trueToSize';

export type SizeGuide = { measurements: Measurement[]; rows: { size: string; cm: (number | string)[] }[] };
export type FitNote = { fit: Fit; model?: { heightCm: number; size: string } };

const TOPS: SizeGuide = {
  measurements: ['height', 'chest', 'waist'],
  rows: [
    { size: 'XXS', cm: ['150–155', '76–80', '60–64'] },
    { size: 'XS', cm: ['155–160', '80–84', '64–68'] },
    { size: 'S', cm: ['160–165', '84–88', '68–72'] },
    { size: 'M', cm: ['165–175', '88–96', '72–80'] },
    { size: 'L', cm: ['175–180', '96–104', '80–88'] },
    { size: 'XL', cm: ['180–185', '104–112', '88–96'] },
    { size: 'XXL', cm: ['185–190', '112–120', '96–104'] },
  ],
};

const BOTTOMS: SizeGuide = {
  measurements: ['waist', 'hip', 'inseam'],
  rows: [
    { size: 'XS', cm: ['64–68', '84–88', 76] },
    { size: 'S', cm: ['68–72', '88–92', 78] },
    { size: 'M', cm: ['72–80', '92–100', 80] },
    { size: 'L', cm: ['80–88', '100–108', 81] },
    { size: 'XL', cm: ['88–96', '108–116', 82] },
    { size: 'XXL', cm: ['96–104', '116–124', 82] },
    ...[28, 30, 32, 34, 36].map((inch, i) => ({
      size: String(inch),
      cm: [Math.round(inch * 2.54), 88 + i * 5, 76 + i] as (number | string)[],
    })),
  ],
};

const DRESSES: SizeGuide = {
  measurements: ['height', 'chest', 'waist', 'hip'],
  rows: [
    { size: 'XS', cm: ['150–158', '76–80', '58–62', '82–86'] },
    { size: 'S', cm: ['155–163', '80–84', '62–66', '86–90'] },
    { size: 'M', cm: ['160–168', '84–88', '66–70', '90–94'] },
    { size: 'L', cm: ['165–173', '88–94', '70–76', '94–100'] },
    { size: 'XL', cm: ['170–178', '94–100', '76–82', '100–106'] },
  ],
};

const SHOES: SizeGuide = {
  measurements: ['footLength'],
  rows: [220, 230, 240, 250, 260, 270, 280].map((mm) => ({ size: String(mm), cm: [(mm / 10).toFixed(1)] })),
};

const ACCESSORIES: SizeGuide = {
  measurements: ['headCircumference', 'footLength'],
  rows: [
    { size: 'S/M', cm: ['54–57', '22.0–25.0'] },
    { size: 'L/XL', cm: ['57–60', '25.0–28.5'] },
  ],
};

const GUIDES: Record<string, SizeGuide> = {
  outerwear: TOPS,
  tops: TOPS,
  knitwear: TOPS,
  bottoms: BOTTOMS,
  dresses: DRESSES,
  shoes: SHOES,
  accessories: ACCESSORIES,
};

const CATEGORY_FIT: Record<string, FitNote> = {
  outerwear: { fit: 'relaxed', model: { heightCm: 180, size: 'M' } },
  tops: { fit: 'regular', model: { heightCm: 178, size: 'M' } },
  knitwear: { fit: 'relaxed', model: { heightCm: 183, size: 'L' } },
  bottoms: { fit: 'regular', model: { heightCm: 180, size: '32' } },
  dresses: { fit: 'regular', model: { heightCm: 170, size: 'S' } },
  shoes: { fit: 'trueToSize' },
  accessories: { fit: 'regular' },
};

/** The guide for a category, with only the sizes this product comes in; null when it has none. */
export function sizeGuideFor(category: string, sizes: string[]): SizeGuide | null {
  const guide = GUIDES[category];
  if (!guide || sizes.length === 0) return null;
  const rows = guide.rows.filter((r) => sizes.includes(r.size));
  return rows.length > 0 ? { measurements: guide.measurements, rows } : null;
}

/** The fit of a product: its cut where the name says it (slim, wide, oversized…), else its category's. */
export function fitNoteFor(category: string, handle: string, sizes: string[]): FitNote | null {
  const base = CATEGORY_FIT[category];
  if (!base || sizes.length === 0) return null;
  const fit: Fit = /slim|skinny|tapered/.test(handle)
    ? 'slim'
    : /relaxed|wide|oversized|boxy|balloon|barrel/.test(handle)
      ? 'relaxed'
      : base.fit;
  const model = base.model && sizes.includes(base.model.size) ? base.model : undefined;
  return { fit, ...(model ? { model } : {}) };
}
