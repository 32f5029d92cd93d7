import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeFrame, frameReader } from '@/lib/scan/decode-frame';

/** The QR of `text` drawn as a camera frame would hold it: grey paper, dark modules, off centre. */
function frameWith(text: string, width = 320, height = 240) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const scale = 5;
  const left = 40;
  const top = 20;
  const rgba = new Uint8ClampedArray(width * height * 4).fill(200);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!qr.modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = ((top + (y + 4) * scale + dy) * width + left + (x + 4) * scale + dx) * 4;
          rgba[i] = rgba[i + 1] = rgba[i + 2] = 30;
        }
      }
    }
  }
  return { rgba, width, height };
}

describe('decodeFrame', () => {
  it("reads a pickup code's QR out of a frame, again and again with one reader", () => {
    const reader = frameReader('qr');
    for (const code of ['7KQ2MX', 'ABC234']) {
      const { rgba, width, height } = frameWith(code);
      expect(decodeFrame(reader, rgba, width, height)).toBe(code);
    }
  });

  it('says null for a frame without a code', () => {
    const rgba = new Uint8ClampedArray(320 * 240 * 4).fill(128);
    expect(decodeFrame(frameReader('product'), rgba, 320, 240)).toBeNull();
  });
});
