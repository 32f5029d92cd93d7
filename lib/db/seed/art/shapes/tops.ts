/** Flat-lay tops in woven and jersey cotton: T-shirt and button-up shirt. */
import { mirror, sym } from '../geom';
import { area, button, crease, fold, folds, jit, part, seam, stitch, url, type Ctx, type Drawing } from './kit';

export const both = (d: string): string => d + mirror(d);
export const dd = (...ds: string[]): string => ds.map((d) => `<path d="${d}"/>`).join('');

export function tshirt(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body = sym(
    'M400 220C372 220 348 216 336 206Q272 220 206 240Q144 292 92 360Q128 400 168 432Q194 410 214 383C208 520 210 660 218 788Q310 802 400 800',
  );
  const j = (): number => jit(c, 10);
  const shading = folds(
    c,
    fold(c, `M270 300C320 ${330 + j()} 350 400 356 520`, 70, 'hi', 0.5) +
      fold(c, 'M470 300C500 360 512 440 506 540', 50, 'hi', 0.25) +
      crease(c, `M232 400C270 ${430 + j()} 300 470 318 ${540 + j()}`, 22, 0.3) +
      crease(c, `M568 400C535 440 ${512 + j()} 480 494 560`, 20, 0.28) +
      crease(c, `M250 ${700 + j()}C320 680 420 712 ${540 + j()} 690`, 18, 0.22) +
      fold(c, 'M190 268L118 346', 30, 'hi', 0.45) +
      crease(c, 'M206 330L172 382M594 330L628 382', 12, 0.3),
  );
  const neck = front
    ? area(sym('M400 220C372 220 348 216 336 206C340 244 366 264 400 264'), url(c, 'k')) +
      part(c, sym('M400 220C372 220 348 216 336 206L339 217C354 227 378 232 400 232'), 'v') +
      part(c, sym('M400 264C366 264 340 244 336 206L322 210C326 256 362 280 400 280'), 'v')
    : part(c, sym('M400 220C372 220 348 216 336 206L322 210C338 232 368 238 400 238'), 'v');
  const top =
    seam(c, both('M206 240C210 300 212 340 214 383')) +
    stitch(c, both('M103 348L179 420')) +
    seam(c, both('M103 348L179 420'), 0.3) +
    stitch(c, 'M220 774Q310 784 400 784Q490 784 580 774') +
    (front
      ? stitch(c, 'M324 212C328 262 364 284 400 284C436 284 472 262 476 212')
      : stitch(c, 'M322 214C340 238 370 244 400 244C430 244 460 238 478 214') + seam(c, both('M336 206L206 240'), 0.4));
  return { sil: dd(body), base: part(c, body) + shading + neck, top, fabric: 'jersey', focus: [240, 160, 320] };
}

export function shirt(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body = sym(
    'M400 204C372 204 346 206 330 206L196 246C212 290 222 336 226 380C228 540 228 660 230 790C260 836 330 858 400 862',
  );
  const sleeve = 'M196 246C168 400 128 580 96 730L172 744C190 620 210 500 226 380C222 336 212 290 196 246Z';
  const cuff = 'M96 730L172 744L168 790L90 776Z';
  const j = (): number => jit(c, 10);
  const sleeves = part(c, sleeve, 'y') + part(c, mirror(sleeve), 'y') + part(c, cuff, 'v') + part(c, mirror(cuff), 'v');
  const shading = folds(
    c,
    fold(c, `M280 300C320 ${380 + j()} 340 480 344 600`, 80, 'hi', 0.45) +
      fold(c, 'M480 320C500 400 510 500 500 600', 50, 'hi', 0.22) +
      crease(c, `M240 400C280 ${450 + j()} 306 520 316 ${600 + j()}`, 20, 0.28) +
      crease(c, `M560 410C528 470 ${508 + j()} 540 500 620`, 18, 0.26) +
      fold(c, `M180 300C170 ${420 + j()} 150 560 130 690`, 22, 'hi', 0.45) +
      fold(c, 'M620 300C630 420 650 560 670 690', 18, 'hi', 0.25) +
      crease(c, `M186 520L206 ${556 + j()}M150 640L180 672M614 520L594 556M650 640L620 672`, 10, 0.4) +
      crease(c, `M250 ${740 + j()}C320 722 440 750 550 728`, 18, 0.2),
  );
  const cuffs =
    seam(c, both('M96 730L172 744')) +
    stitch(c, both('M97 738L171 752M93 768L169 782')) +
    seam(c, both('M156 740L164 684'), 0.6) +
    button(c, 118, 760, 5) +
    button(c, 682, 760, 5);
  const shoulders =
    seam(c, both('M196 246C212 290 222 336 226 380')) + stitch(c, both('M202 246C218 290 228 336 232 378'));
  const hem = stitch(c, 'M234 780C266 822 330 842 400 846C470 842 534 822 566 780');
  const sleeveSil = [sleeve, mirror(sleeve), cuff, mirror(cuff)];
  if (!front) {
    const collar = sym('M400 196C370 196 342 200 324 208L318 238C350 244 376 246 400 246');
    return {
      sil: dd(body, ...sleeveSil, collar),
      base:
        part(c, body) +
        shading +
        folds(c, crease(c, 'M394 312C392 350 390 390 388 430M406 312C408 350 410 390 412 430', 8, 0.45)) +
        sleeves +
        part(c, collar, 'v'),
      top:
        seam(c, 'M200 298C300 312 500 312 600 298') +
        stitch(c, 'M200 305C300 319 500 319 600 305') +
        seam(c, 'M388 312L388 368M412 312L412 368', 0.6) +
        seam(c, 'M324 208C350 218 376 222 400 222C424 222 450 218 476 208', 0.5) +
        stitch(c, 'M322 232C350 238 376 240 400 240C424 240 450 238 478 232') +
        shoulders +
        cuffs +
        hem,
      fabric: 'cotton',
      focus: [250, 150, 300],
    };
  }
  const leaf = 'M324 208C326 252 336 288 350 324L398 270C388 252 368 236 344 228Z';
  const collar =
    area(sym('M400 196C370 196 342 200 324 208L334 224C356 218 378 214 400 214'), url(c, 'k')) +
    part(c, sym('M400 214C380 214 360 220 344 228L398 270L400 270'), 'v') +
    part(c, leaf, 'f') +
    part(c, mirror(leaf), 'f');
  const placket = part(c, 'M388 270L412 270L412 862L388 862Z', 'v');
  const pocket = 'M440 370L524 370L524 470L482 484L440 470Z';
  let buttons = button(c, 400, 246, 5.5);
  for (let y = 330; y < 850; y += 94) buttons += button(c, 400, y, 7);
  return {
    sil: dd(body, ...sleeveSil),
    base: part(c, body) + shading + sleeves + collar + placket + part(c, pocket, 'v'),
    top:
      stitch(c, both('M330 216C332 256 340 288 352 316L392 272')) +
      stitch(c, 'M392 274V858M408 274V858') +
      stitch(c, 'M445 376L519 376L519 466L482 478L445 466Z') +
      seam(c, 'M440 390H524', 0.45) +
      shoulders +
      cuffs +
      hem +
      buttons,
    fabric: 'cotton',
    focus: [270, 170, 260],
  };
}
