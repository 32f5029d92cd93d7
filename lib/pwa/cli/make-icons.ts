/** Renders the app icons into public/icons (committed; run again only when the mark changes). */
import { mkdirSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { appIconSvg } from '../icon-svg';

const out = 'public/icons';
mkdirSync(out, { recursive: true });
const icons = [
  { file: 'icon-192.png', size: 192, safe: false },
  { file: 'icon-512.png', size: 512, safe: false },
  { file: 'maskable-512.png', size: 512, safe: true },
  { file: 'apple-touch-icon.png', size: 180, safe: true },
  { file: 'shortcut-96.png', size: 96, safe: false },
];
for (const icon of icons) {
  const png = await sharp(Buffer.from(appIconSvg(icon.size, { safe: icon.safe })))
    .png()
    .toBuffer();
  writeFileSync(`${out}/${icon.file}`, png);
  console.info(`${out}/${icon.file}`);
}
