'use client';

import { useRef } from 'react';
import { fitNoteFor, sizeGuideFor, type Fit } from '@/lib/catalog/size-guides';
import { useI18n } from '@/lib/i18n/client';
import { Button } from '@/components/ui/button';

const FIT_KEY: Record<
  Fit,
  'sizeGuide.fitSlim' | 'sizeGuide.fitRegular' | 'sizeGuide.fitRelaxed' | 'sizeGuide.fitTrueToSize'
> = {
  slim: 'sizeGuide.fitSlim',
  regular: 'sizeGuide.fitRegular',
  relaxed: 'sizeGuide.fitRelaxed',
  trueToSize: 'sizeGuide.fitTrueToSize',
};

/** "Relaxed fit; model is 180 cm and wears M": the product's cut, under its sizes. */
export function FitNote({ category, handle, sizes }: { category: string; handle: string; sizes: string[] }) {
  const { t } = useI18n();
  const note = fitNoteFor(category, handle, sizes);
  if (!note) return null;
  const fit = t(FIT_KEY[note.fit]);
  return (
    <p className="mt-3 text-sm text-muted" data-testid="fit-note">
      <span className="font-medium text-ink">
        {t('sizeGuide.fitTitle')}
        {t('site.colon')}
      </span>
      {note.model ? t('sizeGuide.fitModel', { fit, height: note.model.heightCm, size: note.model.size }) : fit}
    </p>
  );
}

/** The category's measurements for this product's sizes, in a modal dialog (focus kept inside, Escape closes). */
export function SizeGuide({
  category,
  categoryName,
  sizes,
}: {
  category: string;
  categoryName: string;
  sizes: string[];
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const guide = sizeGuideFor(category, sizes);
  if (!guide) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-haspopup="dialog"
        className="text-sm underline underline-offset-2 hover:text-muted"
      >
        {t('sizeGuide.open')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="size-guide-title"
        className="m-auto max-h-[90vh] w-[min(40rem,calc(100vw-2rem))] rounded-2xl p-0 backdrop:bg-black/40"
      >
        <div className="p-6">
          <div className="flex items-start justify-between gap-4">
            <h2 id="size-guide-title" className="text-lg font-semibold">
              {t('sizeGuide.title', { category: categoryName })}
            </h2>
            <Button variant="outline" size="sm" onClick={() => dialog.current?.close()}>
              {t('sizeGuide.close')}
            </Button>
          </div>
          <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="size-guide-caption">
            <table className="w-full text-left text-sm">
              <caption id="size-guide-caption" className="mb-2 text-left text-muted">
                {t('sizeGuide.caption')}
              </caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4 font-medium">
                    {t('sizeGuide.size')}
                  </th>
                  {guide.measurements.map((m) => (
                    <th key={m} scope="col" className="py-2 pr-4 font-medium">
                      {t(`sizeGuide.${m}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {guide.rows.map((row) => (
                  <tr key={row.size} className="border-b border-line last:border-0">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {row.size}
                    </th>
                    {row.cm.map((v, i) => (
                      <td key={guide.measurements[i]} className="py-2 pr-4 tabular-nums">
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-4 text-sm text-muted">{t('sizeGuide.howTo')}</p>
        </div>
      </dialog>
    </>
  );
}
