'use client';

import { useEffect, useRef, useState } from 'react';
import { useAddresses, useDeleteAddress, useSaveAddress } from '@/lib/addresses/client';
import type { Address } from '@/lib/addresses/schema';
import { useI18n } from '@/lib/i18n/client';
import { Button, buttonClass } from '@/components/ui/button';
import { FormError } from '@/components/ui/text-field';
import { AddressForm } from './address-form';
import { addressLine, formatPhoneForInput } from './address-text';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

/** The address book: list, add, edit, delete (confirmed) and choose the default. */
export function AddressBook({ initial }: { initial: Address[] }) {
  const { t } = useI18n();
  const { data = initial } = useAddresses({ initialData: initial });
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const remove = useDeleteAddress();
  const makeDefault = useSaveAddress();
  const addButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // After a change replaces what had focus, focus goes somewhere meaningful on the next render.
  const focusAfter = useRef<'add' | 'heading' | null>(null);
  const setFocusAfter = (target: 'add' | 'heading') => {
    focusAfter.current = target;
  };
  useEffect(() => {
    if (focusAfter.current === 'add') addButton.current?.focus();
    if (focusAfter.current === 'heading') heading.current?.focus();
    focusAfter.current = null;
  });

  const done = (message: string) => {
    setEditing({ kind: 'none' });
    setNotice(message);
    setFocusAfter('heading');
  };

  return (
    <div className="space-y-6">
      <p role="status" className="text-sm text-ok empty:hidden">
        {notice}
      </p>
      {(remove.isError || makeDefault.isError) && <FormError>{t('addresses.failed')}</FormError>}
      <h2 ref={heading} tabIndex={-1} className="sr-only outline-none">
        {t('addresses.title')}
      </h2>
      {data.length === 0 && editing.kind !== 'new' && <p className="text-muted">{t('addresses.none')}</p>}
      <ul className="space-y-4">
        {data.map((a) =>
          editing.kind === 'edit' && editing.id === a.id ? (
            <li key={a.id} className="rounded-xl border border-line bg-white p-5">
              <AddressForm
                address={a}
                onDone={() => done(t('addresses.saved'))}
                onCancel={() => {
                  setEditing({ kind: 'none' });
                  setFocusAfter('heading');
                }}
              />
            </li>
          ) : (
            <AddressCard
              key={a.id}
              address={a}
              onEdit={() => setEditing({ kind: 'edit', id: a.id })}
              onDelete={() =>
                remove.submit(a.id, {
                  onSuccess: () => {
                    setNotice(t('addresses.deleted'));
                    setFocusAfter('add');
                  },
                })
              }
              onMakeDefault={() =>
                makeDefault.submit(
                  { ...a, phone: formatPhoneForInput(a.phone), isDefault: true },
                  { onSuccess: () => setNotice(t('addresses.saved')) },
                )
              }
            />
          ),
        )}
      </ul>
      {editing.kind === 'new' ? (
        <section aria-labelledby="new-address" className="rounded-xl border border-line bg-white p-5">
          <h2 id="new-address" className="mb-4 text-lg font-semibold">
            {t('addresses.add')}
          </h2>
          <AddressForm
            onDone={() => done(t('addresses.saved'))}
            onCancel={() => {
              setEditing({ kind: 'none' });
              setFocusAfter('add');
            }}
          />
        </section>
      ) : (
        <button
          ref={addButton}
          type="button"
          className={buttonClass({ size: 'lg' })}
          onClick={() => setEditing({ kind: 'new' })}
        >
          {t('addresses.add')}
        </button>
      )}
    </div>
  );
}

function AddressCard(props: { address: Address; onEdit: () => void; onDelete: () => void; onMakeDefault: () => void }) {
  const { t } = useI18n();
  const { address: a } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `delete-${a.id}`;
  return (
    <li className="rounded-xl border border-line bg-white p-5">
      <p className="font-medium">
        {a.recipient}
        {a.isDefault && (
          <span className="ml-2 rounded-full bg-canvas px-2 py-0.5 text-xs font-medium text-ink ring-1 ring-line">
            {t('addresses.default')}
          </span>
        )}
      </p>
      <p className="mt-1 text-sm">{addressLine(a)}</p>
      <p className="mt-1 text-sm text-muted">{formatPhoneForInput(a.phone)}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          size="md"
          variant="outline"
          onClick={props.onEdit}
          aria-label={t('addresses.editLabel', { recipient: a.recipient })}
        >
          {t('addresses.edit')}
        </Button>
        {!a.isDefault && (
          <Button
            size="md"
            variant="outline"
            onClick={props.onMakeDefault}
            aria-label={t('addresses.makeDefaultLabel', { recipient: a.recipient })}
          >
            {t('addresses.makeDefault')}
          </Button>
        )}
        <Button
          size="md"
          variant="danger"
          onClick={() => dialog.current?.showModal()}
          aria-label={t('addresses.deleteLabel', { recipient: a.recipient })}
        >
          {t('addresses.delete')}
        </Button>
      </div>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 backdrop:bg-black/40"
      >
        <div className="p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {t('addresses.deleteConfirm')}
          </h2>
          <p className="mt-3 text-sm text-muted">
            {a.recipient} · {addressLine(a)}
          </p>
          <div className="mt-6 flex flex-col gap-2 sm:flex-row-reverse">
            <Button type="button" autoFocus size="dialog" className="flex-1" onClick={() => dialog.current?.close()}>
              {t('addresses.keep')}
            </Button>
            <Button
              type="button"
              variant="danger"
              size="dialog"
              className="flex-1"
              onClick={() => {
                dialog.current?.close();
                props.onDelete();
              }}
            >
              {t('addresses.delete')}
            </Button>
          </div>
        </div>
      </dialog>
    </li>
  );
}
