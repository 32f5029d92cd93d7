import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files';

describe('pages and components use the shared UI pieces', () => {
  const files = sourceFiles('components', 'app').filter((f) => f.path !== 'components/ui/button.tsx');

  it('no inline pill-button classes outside components/ui/button.tsx (Button, buttonClass)', () => {
    const pill = /rounded-full (?:bg-ink|border border-(?:ink|red-700)) px-[4-6] py-/;
    expect(files.filter((f) => pill.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('the channel pill is ChannelBadge', () => {
    const inline = /\.channel === 'store' \? 'bg-amber-100/;
    expect(files.filter((f) => inline.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
