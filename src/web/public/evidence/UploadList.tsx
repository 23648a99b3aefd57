import { useTranslation } from 'react-i18next';
import { formatFileSize } from '../../shared/file-size.ts';
import type { UploadItem } from './use-uploads.ts';

type UploadListProps = {
  items: readonly UploadItem[];
  onRetry: (id: number) => void;
};

/** Each file being sent: its progress, then whether it arrived or why it did not. */
export function UploadList({ items, onRetry }: UploadListProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const sent = items.filter((item) => item.state === 'done').length;
  const failed = items.filter((item) => item.state === 'failed').length;
  const busy = items.some((item) => item.state === 'waiting' || item.state === 'sending');

  return (
    <div className="stack stack--tight">
      <ul className="upload-list" data-testid="uploads">
        {items.map((item) => (
          <li key={item.id} className={`upload upload--${item.state}`} data-state={item.state}>
            <div className="upload-head">
              <span className="file-name">{item.file.name}</span>
              <span className="file-size">{formatFileSize(item.file.size, t)}</span>
            </div>
            <UploadState item={item} onRetry={onRetry} />
          </li>
        ))}
      </ul>
      <p role="status" className="field-status">
        {busy
          ? t('uploads.progress', { sent, count: items.length })
          : t('uploads.finished', { sent, count: items.length })}
        {!busy && failed > 0 ? ` ${t('uploads.someFailed', { count: failed })}` : ''}
      </p>
    </div>
  );
}

function UploadState({ item, onRetry }: { item: UploadItem; onRetry: (id: number) => void }) {
  const { t } = useTranslation();
  const name = item.file.name;
  switch (item.state) {
    case 'waiting':
      return (
        <p className="upload-note">
          {item.pausedFor ? t('uploads.paused', { seconds: item.pausedFor }) : t('uploads.waiting')}
        </p>
      );
    case 'sending':
      return (
        <div className="upload-progress">
          <progress max={1} value={item.progress} aria-label={t('uploads.sending', { name })} />
          <span>{Math.round(item.progress * 100)}%</span>
        </div>
      );
    case 'done':
      return (
        <p className="upload-note upload-note--done">
          <span aria-hidden="true">✓ </span>
          {t('uploads.done')}
        </p>
      );
    case 'failed':
      return (
        <div className="upload-note upload-note--failed">
          <p>
            <span aria-hidden="true">✗ </span>
            {item.serverMessage ?? t('uploads.failedNetwork')}
          </p>
          {item.retryable ? (
            <button
              type="button"
              className="button button--small"
              aria-label={t('uploads.retryNamed', { name })}
              onClick={() => onRetry(item.id)}
            >
              {t('uploads.retry')}
            </button>
          ) : null}
        </div>
      );
  }
}
