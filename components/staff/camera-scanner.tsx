'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n/client';
import type { ScanKind } from '@/lib/scan/decode-frame';

/** ZXing is most of a scanning page's script: fetched when the camera is first asked for, not with the page. */
const loadDecoder = () => import('@/lib/scan/decode-frame');

type State =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'scanning' }
  | { phase: 'error'; reason: 'noCamera' | 'denied' | 'insecure' | 'failed'; message?: string };

/** Frames are read a few times a second, scaled down: enough for a code held up to the camera, light on a tablet. */
const FRAME_MS = 150;
const MAX_FRAME_WIDTH = 640;

function reasonOf(error: unknown): Extract<State, { phase: 'error' }> {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return { phase: 'error', reason: 'denied' };
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return { phase: 'error', reason: 'noCamera' };
  return { phase: 'error', reason: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Reads a code from the device's camera in the browser: getUserMedia → a frame drawn on a canvas
 * → ZXing (JavaScript, so it works where there is no BarcodeDetector, as in Chromium on Linux).
 * The camera runs only after the user asks, and stops at the first code read or on Stop.
 */
export function CameraScanner({ kind, onCode }: { kind: ScanKind; onCode: (text: string) => void }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
  }, []);

  useEffect(() => stop, [stop]);

  const scan = useCallback(async () => {
    const { decodeFrame, frameReader } = await loadDecoder();
    const reader = frameReader(kind);
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const tick = () => {
      const v = video.current;
      if (!v || !context || !stream.current) return;
      if (v.readyState >= v.HAVE_CURRENT_DATA && v.videoWidth > 0) {
        const scale = Math.min(1, MAX_FRAME_WIDTH / v.videoWidth);
        canvas.width = Math.round(v.videoWidth * scale);
        canvas.height = Math.round(v.videoHeight * scale);
        context.drawImage(v, 0, 0, canvas.width, canvas.height);
        const frame = context.getImageData(0, 0, canvas.width, canvas.height);
        const text = decodeFrame(reader, frame.data, frame.width, frame.height);
        if (text) {
          stop();
          setState({ phase: 'idle' });
          onCode(text.trim());
          return;
        }
      }
      timer.current = window.setTimeout(tick, FRAME_MS);
    };
    tick();
  }, [kind, onCode, stop]);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ phase: 'error', reason: window.isSecureContext ? 'noCamera' : 'insecure' });
      return;
    }
    setState({ phase: 'starting' });
    try {
      const decoder = loadDecoder();
      const media = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } },
        audio: false,
      });
      stream.current = media;
      if (video.current) {
        video.current.srcObject = media;
        await video.current.play();
      }
      await decoder;
      setState({ phase: 'scanning' });
      await scan();
    } catch (error) {
      stop();
      setState(reasonOf(error));
    }
  };

  const running = state.phase === 'starting' || state.phase === 'scanning';
  return (
    <div className="space-y-3">
      {running ? (
        <Button variant="outline" size="md" onClick={() => (stop(), setState({ phase: 'idle' }))}>
          {t('staffScan.stop')}
        </Button>
      ) : (
        <Button variant="outline" size="md" onClick={() => void start()}>
          {t('staffScan.start')}
        </Button>
      )}
      <video
        ref={video}
        aria-label={t('staffScan.videoLabel')}
        muted
        playsInline
        hidden={!running}
        className="aspect-video w-full rounded-xl bg-black object-cover"
      />
      <p role="status" className="text-sm text-muted">
        {state.phase === 'starting' && t('staffScan.starting')}
        {state.phase === 'scanning' && t('staffScan.looking')}
      </p>
      {state.phase === 'error' && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {state.reason === 'failed'
            ? t('staffScan.failed', { message: state.message ?? '' })
            : t(`staffScan.${state.reason}`)}
        </p>
      )}
    </div>
  );
}
