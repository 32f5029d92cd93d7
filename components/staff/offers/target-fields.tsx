'use client';

import dynamic from 'next/dynamic';
import { formatDistance } from '@/lib/geo/distance';
import { useI18n } from '@/lib/i18n/client';
import { storesInRegion, storesWithinRadius, type PlaceOnMap } from '@/lib/offers/coverage';
import { TextField } from '@/components/ui/text-field';
import { FieldError, RadioGroup, Section, SelectField } from './form-bits';

/** The map is code only a store target needs: fetched when one is chosen. */
const RadiusMap = dynamic(() => import('./radius-map').then((m) => m.RadiusMap), {
  ssr: false,
  loading: () => <MapLoading />,
});

function MapLoading() {
  const { t } = useI18n();
  return <p className="text-sm text-muted">{t('staffOffers.mapLoading')}</p>;
}

export type TargetState = { kind: 'everywhere' | 'store' | 'region'; storeId: string; radius: string; region: string };

/** Where the offer applies, with what that covers: the map and the stores for a radius, the stores of a region. */
export function TargetFields({
  value,
  onChange,
  stores,
  regions,
  error,
}: {
  value: TargetState;
  onChange: (next: TargetState) => void;
  stores: readonly PlaceOnMap[];
  regions: readonly { code: string; name: string }[];
  error?: string;
}) {
  const { t, intlLocale } = useI18n();
  const errorId = 'offer-target-error';
  const set = (patch: Partial<TargetState>) => onChange({ ...value, ...patch });
  const center = stores.find((s) => s.id === value.storeId);
  const radius = Number(value.radius);
  const radiusOk = Number.isInteger(radius) && radius > 0 && radius <= 50_000;
  const invalid = error ? errorId : undefined;
  const covered = center && radiusOk ? storesWithinRadius(center, radius, stores) : [];
  const inRegion = value.region ? storesInRegion(value.region, stores) : [];
  const regionName = regions.find((r) => r.code === value.region)?.name ?? value.region;
  return (
    <Section legend={t('staffOffers.sectionWhere')}>
      <RadioGroup
        legend={t('staffOffers.fieldTarget')}
        name="targetKind"
        value={value.kind}
        onChange={(kind) => set({ kind })}
        options={(['everywhere', 'store', 'region'] as const).map((k) => ({
          value: k,
          label: t(`staffOffers.target_${k}`),
        }))}
      />
      {value.kind === 'store' && (
        <>
          <SelectField
            label={t('staffOffers.fieldStore')}
            name="storeId"
            value={value.storeId}
            onChange={(storeId) => set({ storeId })}
            invalid={invalid}
          >
            <option value="">{t('staffOffers.chooseStore')}</option>
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('staffOffers.fieldRadius')}
            name="radiusMeters"
            type="number"
            inputMode="numeric"
            min={1}
            max={50_000}
            step={1}
            value={value.radius}
            onChange={(e) => set({ radius: e.target.value })}
            errorId={invalid}
          />
          {center && radiusOk && (
            <div className="grid gap-2 sm:col-span-2">
              <RadiusMap center={center} radiusMeters={radius} stores={stores} />
              <p className="text-sm" aria-live="polite">
                {t('staffOffers.coversStores', {
                  stores: covered
                    .map((s) =>
                      s.id === center.id ? s.name : `${s.name} (${formatDistance(s.distanceMeters, intlLocale)})`,
                    )
                    .join(', '),
                })}
              </p>
            </div>
          )}
        </>
      )}
      {value.kind === 'region' && (
        <>
          <SelectField
            label={t('staffOffers.fieldRegion')}
            name="region"
            value={value.region}
            onChange={(region) => set({ region })}
            invalid={invalid}
          >
            <option value="">{t('staffOffers.chooseRegion')}</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
          </SelectField>
          {value.region && (
            <p className="text-sm sm:col-span-2" aria-live="polite">
              {inRegion.length > 0
                ? t('staffOffers.regionCovers', { region: regionName, stores: inRegion.map((s) => s.name).join(', ') })
                : t('staffOffers.coversNoStores')}
            </p>
          )}
        </>
      )}
      <FieldError id={errorId} message={error} />
    </Section>
  );
}
