import type { MetadataRoute } from 'next';

/** The web app manifest: what the home-screen app is called, looks like and opens. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'Aisle — clothing online and in store',
    short_name: 'Aisle',
    description:
      'Everyday clothing online and in 12 stores across Korea: one bag on every device, pickup from the store that has it, and every purchase in one place.',
    start_url: '/?source=pwa',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#1c1917',
    background_color: '#fafaf9',
    lang: 'en',
    categories: ['shopping', 'lifestyle'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: 'Bag', short_name: 'Bag', url: '/cart', icons: [{ src: '/icons/shortcut-96.png', sizes: '96x96' }] },
      {
        name: 'Stores',
        short_name: 'Stores',
        url: '/stores',
        icons: [{ src: '/icons/shortcut-96.png', sizes: '96x96' }],
      },
      {
        name: 'Orders',
        short_name: 'Orders',
        url: '/account/orders',
        icons: [{ src: '/icons/shortcut-96.png', sizes: '96x96' }],
      },
      // The store staff's console, in the same installed app (it signs in on its own).
      {
        name: 'Staff console',
        short_name: 'Staff',
        url: '/staff',
        icons: [{ src: '/icons/shortcut-96.png', sizes: '96x96' }],
      },
    ],
    screenshots: [
      {
        src: '/screenshots/home-wide.png',
        sizes: '1280x720',
        type: 'image/png',
        form_factor: 'wide',
        label: 'Aisle home page on a desktop',
      },
      {
        src: '/screenshots/home-narrow.png',
        sizes: '390x844',
        type: 'image/png',
        form_factor: 'narrow',
        label: 'Aisle home page on a phone',
      },
    ],
  };
}
