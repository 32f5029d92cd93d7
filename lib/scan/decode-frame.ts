import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library';

/** What a scanner looks for: a pickup QR code, or a product's barcode (1D) or QR label. */
export type ScanKind = 'qr' | 'product';

const FORMATS: Record<ScanKind, BarcodeFormat[]> = {
  qr: [BarcodeFormat.QR_CODE],
  product: [
    BarcodeFormat.CODE_128,
    BarcodeFormat.CODE_39,
    BarcodeFormat.EAN_13,
    BarcodeFormat.EAN_8,
    BarcodeFormat.UPC_A,
    BarcodeFormat.UPC_E,
    BarcodeFormat.QR_CODE,
  ],
};

/** A reader for one kind of code; made once per scanner and reused frame after frame. */
export function frameReader(kind: ScanKind): MultiFormatReader {
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, FORMATS[kind]],
    [DecodeHintType.TRY_HARDER, true],
  ]);
  reader.setHints(hints);
  return reader;
}

/**
 * The text of the code in one RGBA frame (a canvas's ImageData), or null when none is found.
 * ZXing reads luminance: each pixel becomes one byte (ITU-R BT.601 weights).
 */
export function decodeFrame(reader: MultiFormatReader, rgba: Uint8ClampedArray, width: number, height: number) {
  const luminance = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; p < luminance.length; i += 4, p++) {
    luminance[p] = (rgba[i]! * 299 + rgba[i + 1]! * 587 + rgba[i + 2]! * 114) / 1000;
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height)));
  try {
    return reader.decodeWithState(bitmap).getText();
  } catch {
    // NotFound, Checksum and Format exceptions all mean "no readable code in this frame": the next one may have it.
    return null;
  } finally {
    reader.reset();
  }
}
