/** Bags standing on the studio floor: a canvas tote and a zip backpack. */
import { mirror, move } from '../geom';
import { area, fold, folds, line, part, puller, seam, stitch, zipper, type Ctx, type Drawing } from './kit';
import { both, dd } from './tops';

/** A webbing strap along a centre line: shaded edge, face, and a stitch line each side. */
function strap(c: Ctx, d: string, w: number, inner: string, outer: string, dim = 0): string {
  const face = dim ? c.p.lo : c.p.base;
  return (
    line(c, d, '#000', w + 2, 0.18, ' transform="translate(2 4)"') +
    line(c, d, c.p.deep, w + 2) +
    line(c, d, face, w - 2) +
    line(c, d, c.p.hi, w * 0.25, dim ? 0.15 : 0.35) +
    stitch(c, inner + outer)
  );
}

export function tote(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body =
    'M214 400L586 400C592 560 600 720 604 846C604 852 600 856 594 856L206 856C200 856 196 852 196 846C200 720 208 560 214 400Z';
  const handle = 'M296 420C296 250 330 162 400 162C470 162 504 250 504 420';
  const handleIn = 'M304 420C304 258 336 172 400 172C464 172 496 258 496 420';
  const handleOut = 'M288 420C288 242 324 152 400 152C476 152 512 242 512 420';
  const box = 'M285 404H307V496H285Z';
  const backHandle =
    line(c, 'M310 396C310 242 342 178 400 178C458 178 490 242 490 396', c.p.deep, 26) +
    line(c, 'M310 396C310 242 342 178 400 178C458 178 490 242 490 396', c.p.lo, 21, 0.9);
  const pocket = 'M268 540H532V790H268Z';
  return {
    sil: dd(body),
    base:
      backHandle +
      part(c, 'M222 384L578 384L588 404L212 404Z', 'k') +
      part(c, body) +
      folds(
        c,
        fold(c, 'M300 440C290 560 280 700 270 840', 70, 'hi', 0.35) +
          fold(c, 'M520 450C530 600 540 720 560 840', 40, 'lo', 0.3) +
          fold(c, 'M230 820H570', 30, 'lo', 0.35) +
          fold(c, 'M400 420C396 520 404 600 398 700', 16, 'lo', 0.18),
      ) +
      part(c, 'M212 402H588L589 434H211Z', 'v') +
      (front ? '' : part(c, pocket, 'v')),
    top:
      stitch(c, 'M214 410H586M213 426H587') +
      seam(c, both('M214 400C208 560 200 720 196 846'), 0.5) +
      stitch(c, 'M204 842H596', c.p.thread, 1.4, 0.5) +
      strap(c, handle, 26, handleIn, handleOut) +
      part(c, box + mirror(box), 'v') +
      stitch(c, both('M288 410H304V490H288ZM288 410L304 490M304 410L288 490')) +
      (front
        ? `<rect x="540" y="446" width="34" height="20" rx="2" fill="${c.p.pale ? '#3b3631' : '#efebe3'}" opacity=".9"/>` +
          line(c, 'M546 456H568', c.p.pale ? '#efebe3' : '#3b3631', 2, 0.5)
        : stitch(c, 'M272 548H528M272 556H528') + stitch(c, 'M272 544V786H528V544')),
    fabric: 'canvas',
    stand: { cx: 400, cy: 855, rx: 240 },
    focus: [210, 300, 260],
  };
}

export function backpack(c: Ctx): Drawing {
  const front = c.side === 'front';
  const body =
    'M214 320C214 230 300 190 400 190C500 190 586 230 586 320L600 800C600 836 574 858 538 858L262 858C226 858 200 836 200 800Z';
  const loop = 'M366 206C364 156 436 156 434 206';
  const handle = line(c, loop, c.p.deep, 16) + line(c, loop, c.p.base, 11) + line(c, loop, c.p.hi, 3, 0.4);
  const base = 'M202 782H598L600 800C600 836 574 858 538 858L262 858C226 858 200 836 200 800Z';
  const shade = folds(
    c,
    fold(c, 'M280 270C270 420 266 600 270 790', 70, 'hi', 0.4) +
      fold(c, 'M550 300C560 460 566 640 570 800', 44, 'lo', 0.35) +
      fold(c, 'M290 220C340 204 380 200 430 202', 22, 'hi', 0.5),
  );
  const bottom = area(base, c.p.deep, 0.3) + seam(c, 'M202 782H598', 0.5);
  if (!front) {
    const pad =
      'M282 276H384C390 276 394 280 394 286V736C394 742 390 746 384 746H282C276 746 272 742 272 736V286C272 280 276 276 282 276Z';
    const s1 = 'M334 230C324 320 290 420 270 520C258 600 248 700 248 792';
    const adj = (x: number): string =>
      `<rect x="${x}" y="772" width="34" height="24" rx="3" fill="${c.p.metal}"/><rect x="${x + 6}" y="778" width="22" height="6" rx="2" fill="${c.p.deep}"/>`;
    return {
      sil: dd(body),
      base: handle + part(c, body) + shade + part(c, pad, 'v') + part(c, mirror(pad), 'v') + bottom,
      top:
        seam(c, both('M274 430H392M274 590H392'), 0.5) +
        stitch(c, both('M276 426H390M276 586H390')) +
        strap(c, s1, 52, '', '') +
        strap(c, mirror(s1), 52, '', '') +
        stitch(c, both(move(s1, -17, 0) + move(s1, 17, 0))) +
        line(c, 'M290 472H510', c.p.deep, 11) +
        line(c, 'M290 472H510', c.p.trim, 8) +
        `<rect x="380" y="460" width="40" height="24" rx="5" fill="${c.p.deep}"/><rect x="385" y="465" width="30" height="14" rx="3" fill="${c.p.trim}"/>` +
        adj(232) +
        adj(534),
      fabric: 'canvas',
      stand: { cx: 400, cy: 856, rx: 230 },
      focus: [240, 380, 320],
    };
  }
  const pocket =
    'M262 560H538C556 560 566 570 566 588V806C566 822 556 832 538 832H262C244 832 234 822 234 806V588C234 570 244 560 262 560Z';
  const strapL = 'M236 262C204 290 190 340 192 430L214 434C214 356 226 306 252 280Z';
  return {
    sil: dd(body, strapL, mirror(strapL)),
    base:
      part(c, strapL, 'y') +
      part(c, mirror(strapL), 'y') +
      handle +
      part(c, body) +
      shade +
      part(c, pocket, 'v') +
      folds(c, fold(c, 'M270 600C276 680 280 740 280 800', 34, 'hi', 0.3)) +
      bottom,
    top:
      zipper(c, 'M236 480C236 290 304 224 400 224C496 224 564 290 564 480', 6) +
      puller(c, 301, 259, 32, 10) +
      puller(c, 499, 259, 32, 10) +
      zipper(c, 'M258 588H542', 6) +
      puller(c, 500, 590, 32, 10) +
      stitch(c, 'M244 596V806C244 816 252 822 262 822H538C548 822 556 816 556 806V596') +
      `<rect x="374" y="440" width="52" height="34" rx="5" fill="${c.p.trim}"/>` +
      stitch(c, 'M380 446H420V468H380Z', c.p.pale ? '#ffffff' : c.p.hi, 1.2, 0.6),
    fabric: 'canvas',
    stand: { cx: 400, cy: 856, rx: 230 },
    focus: [250, 180, 300],
  };
}
