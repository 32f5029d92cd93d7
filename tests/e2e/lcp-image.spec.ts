import { expect, test } from '@playwright/test';

const decode = (s: string) => s.replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

// Not a timing: the served HTML names the largest image itself, in <head>, at high priority, so the
// browser fetches it with the document instead of when the scripts have run.
for (const page of [
  { name: 'home hero', path: '/' },
  { name: 'product image', path: '/p/heavy-canvas-tote' },
]) {
  test(`the ${page.name} (${page.path}) is in the HTML, preloaded at high priority`, async ({ request }) => {
    const html = await (await request.get(page.path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.length, 'the page has a head').toBeGreaterThan(0);
    // The LCP candidate: the one image the page asks for at high priority, rendered by the server.
    const images = [...html.matchAll(/<img\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((t) => attr(t, 'fetchpriority') === 'high');
    expect(images, 'one image at fetchpriority="high"').toHaveLength(1);
    const image = images[0]!;
    expect(attr(image, 'loading'), 'not lazy').not.toBe('lazy');
    const src = decode(attr(image, 'src') ?? '');
    expect(src).toMatch(/^\/media\/art\/.+\.svg$/);
    // Its preload, in the head: same address, as an image, at high priority.
    const preloads = [...head.matchAll(/<link\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((t) => attr(t, 'rel') === 'preload' && attr(t, 'as') === 'image');
    const preload = preloads.find((t) => decode(attr(t, 'href') ?? '') === src);
    expect(preload, `a <link rel="preload" as="image" href="${src}"> in <head>`).toBeTruthy();
    expect(attr(preload!, 'fetchpriority')).toBe('high');
    // Ahead of the scripts: nothing has to run before the browser asks for it.
    const firstScript = head.search(/<script\b[^>]*\ssrc=/);
    if (firstScript >= 0) expect(head.indexOf(preload!)).toBeLessThan(firstScript);
  });
}

// Not a timing either: the shop's drawings are plain <img> elements, not `next/image` (a client
// component hydrated per image, dozens on a category page, adding nothing to an SVG).
for (const path of ['/', '/c/outerwear', '/p/heavy-canvas-tote']) {
  test(`the drawings on ${path} are plain images, with nothing to hydrate`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const drawings = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]).filter((t) => /src="\/media\/art\//.test(t));
    expect(drawings.length, 'the page shows drawings').toBeGreaterThan(0);
    for (const img of drawings) expect(img, 'not next/image').not.toMatch(/\sdata-nimg=/);
  });
}
