import { AppError, fromZodError } from '@/lib/http/errors';
import { fractionDigits } from '@/lib/money';
import type { ProductItem } from './product-item';
import { BASE_MARKET, productInputSchema, type ProductInput } from './product-input';

/**
 * Shopify's product CSV export, as Shopify writes it: one row per variant, grouped by Handle
 * (the first row carries the product's own columns), image-only rows under the same Handle,
 * Option1..3 Name/Value, prices as decimal strings in the shop's currency. Rows arrive one at a
 * time and a product leaves as soon as its Handle ends, so a file of any size is read in the
 * memory of one product.
 */

/** A CSV row by header, with the file line it starts on. */
export type CsvRow = { line: number; cells: Record<string, string> };

/** Shopify's columns by what they mean; its newer export names some columns differently (second name). */
const COLUMNS = {
  handle: ['handle', 'url handle'],
  title: ['title'],
  body: ['body (html)', 'description'],
  vendor: ['vendor'],
  category: ['product category'],
  type: ['type'],
  tags: ['tags'],
  published: ['published', 'published on online store'],
  status: ['status'],
  sku: ['variant sku', 'sku'],
  price: ['variant price', 'price'],
  imageSrc: ['image src', 'product image url'],
  imagePosition: ['image position'],
  imageAlt: ['image alt text'],
  variantImage: ['variant image', 'variant image url'],
} as const;
type Column = keyof typeof COLUMNS;

const cell = (row: CsvRow, column: Column): string => {
  for (const name of COLUMNS[column]) {
    const value = row.cells[name];
    if (value !== undefined) return value.trim();
  }
  return '';
};
const optionCell = (row: CsvRow, n: number, part: 'name' | 'value') => (row.cells[`option${n} ${part}`] ?? '').trim();

/** Headers compared without case or stray spaces: `Option1 Name` and `Option1 name` alike. */
export const normalizeHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/**
 * "59000", "59000.00", "12.5" → integer minor units of `currency`, from the text itself (never
 * through a float). Digits past the currency's own are accepted only as zeros.
 */
export function parsePrice(text: string, currency: string = BASE_MARKET.currency): number | null {
  const match = /^(\d{1,12})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!match) return null;
  const digits = fractionDigits(currency);
  const fraction = match[2] ?? '';
  if (/[1-9]/.test(fraction.slice(digits))) return null;
  const minor = BigInt(match[1]! + fraction.slice(0, digits).padEnd(digits, '0'));
  return minor > 2_000_000_000n ? null : Number(minor);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code < 0x110000 && !(code >= 0xd800 && code < 0xe000) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * Body (HTML) as the shop's plain text (the shop never renders a retailer's markup): paragraphs,
 * line breaks and list items kept, the rest of the markup dropped. A body without tags is plain
 * text already (Shopify takes both), and keeps its own line breaks.
 */
export function htmlToText(html: string): string {
  if (!/<[a-z/!]/i.test(html)) return decodeEntities(html).trim();
  const text = html
    .replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<\s*br\s*\/?\s*>/gi, '\n')
    .replace(/<\s*li\b[^>]*>/gi, '\n• ')
    .replace(/<\s*\/\s*(p|div|h[1-6]|ul|ol|table)\s*>/gi, '\n\n')
    .replace(/<\s*\/\s*tr\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "a-b c" → "a-b-c": a SKU for a variant Shopify left without one, from its handle and option values. */
const skuPart = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}._-]/gu, '')
    .toUpperCase();

class RowError extends AppError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super('invalid_request', message);
  }
}

/** One product's rows in, its PUT payload out; a row that cannot be read fails the product, naming its line. */
export function productFromRows(rows: CsvRow[]): ProductItem {
  const first = rows[0]!;
  const handle = cell(first, 'handle');
  try {
    return { line: first.line, handle, input: buildInput(handle, rows) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { line: error instanceof RowError ? error.line : first.line, handle, error };
  }
}

function buildInput(handle: string, rows: CsvRow[]): ProductInput {
  const first = rows[0]!;
  if (!cell(first, 'title')) throw new RowError(first.line, 'The first row of a product needs its Title');
  const optionNames = [1, 2, 3].map((n) => optionCell(first, n, 'name')).map((name) => (name === 'Title' ? '' : name));
  const values: string[][] = optionNames.map(() => []);
  const variants: ProductInput['variants'] = [];
  const images: { src: string; position: number; alt: string; color?: string }[] = [];
  const addImage = (src: string, position: number, alt: string, color?: string) => {
    const known = images.find((i) => i.src === src);
    if (known) known.color ??= color;
    else images.push({ src, position, alt, ...(color ? { color } : {}) });
  };
  for (const row of rows) {
    const src = cell(row, 'imageSrc');
    if (src) {
      const position = Number(cell(row, 'imagePosition') || images.length + 1);
      addImage(src, Number.isFinite(position) ? position : images.length + 1, cell(row, 'imageAlt'));
    }
    const sku = cell(row, 'sku');
    const priceText = cell(row, 'price');
    const chosen = optionNames.map((_, i) => optionCell(row, i + 1, 'value'));
    // An image-only row: no variant columns at all.
    if (!sku && !priceText && chosen.every((v) => !v)) continue;
    const options: Record<string, string> = {};
    optionNames.forEach((name, i) => {
      if (!name) return;
      const value = chosen[i]!;
      if (!value) throw new RowError(row.line, `${name} (Option${i + 1} Value) is empty`);
      options[name] = value;
      if (!values[i]!.includes(value)) values[i]!.push(value);
    });
    const amount = parsePrice(priceText);
    if (amount === null)
      throw new RowError(row.line, `Variant Price "${priceText}" is not a price in ${BASE_MARKET.currency}`);
    const derived = [handle, ...Object.values(options).map(skuPart)].join('-');
    variants.push({
      sku: sku || derived.toUpperCase(),
      options,
      prices: [{ market: BASE_MARKET.code, amount }],
    });
    const variantImage = cell(row, 'variantImage');
    const color = Object.entries(options).find(([name]) => /^colou?r$/i.test(name))?.[1];
    // A variant's own image has no position: after the product's images.
    if (variantImage) addImage(variantImage, 1_000_000 + images.length, '', color);
  }
  const status = cell(first, 'status').toLowerCase();
  const published = cell(first, 'published').toLowerCase();
  // Aisle shows a product or not: Shopify's draft, archived and unpublished are all "not".
  const hidden = status === 'draft' || status === 'archived' || published === 'false';
  const category = cell(first, 'type') || cell(first, 'category').split('>').pop()!.trim() || 'Other';
  const title = cell(first, 'title');
  const raw = {
    title: { en: title },
    description: { en: htmlToText(cell(first, 'body')) },
    category,
    tags: [
      ...new Set(
        cell(first, 'tags')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ],
    status: hidden ? 'archived' : 'active',
    options: optionNames.flatMap((name, i) => (name ? [{ name, values: values[i]! }] : [])),
    variants,
    images: images
      .sort((a, b) => a.position - b.position)
      .map((i) => ({ src: i.src, ...(i.alt ? { alt: { en: i.alt } } : {}), ...(i.color ? { color: i.color } : {}) })),
  };
  const parsed = productInputSchema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error, 'body');
  return parsed.data;
}

/**
 * Rows in file order → one product per run of rows with the same Handle, each as soon as the
 * next Handle starts. A Handle seen again later is refused (its rows must be together), as is
 * a row without a Handle.
 */
export async function* productsFromShopifyRows(rows: AsyncIterable<CsvRow>): AsyncGenerator<ProductItem> {
  const seen = new Map<string, number>();
  let group: CsvRow[] = [];
  const flush = (): ProductItem | null => {
    if (group.length === 0) return null;
    const item = productFromRows(group);
    group = [];
    return item;
  };
  for await (const row of rows) {
    const handle = cell(row, 'handle');
    const current = group[0] ? cell(group[0], 'handle') : null;
    if (handle === current) {
      group.push(row);
      continue;
    }
    const done = flush();
    if (done) yield done;
    if (!handle) {
      yield { line: row.line, handle: null, error: new AppError('invalid_request', 'The row has no Handle') };
      continue;
    }
    if (seen.has(handle)) {
      const message = `Handle ${handle} was already imported from line ${seen.get(handle)}: a product's rows must be together`;
      yield { line: row.line, handle, error: new AppError('invalid_request', message) };
      continue;
    }
    seen.set(handle, row.line);
    group = [row];
  }
  const last = flush();
  if (last) yield last;
}
