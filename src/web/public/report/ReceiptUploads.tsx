import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReporterCredentials } from '../evidence/upload-file.ts';
import { UploadList } from '../evidence/UploadList.tsx';
import { useUploads } from '../evidence/use-uploads.ts';

type ReceiptUploadsProps = { credentials: ReporterCredentials; files: readonly File[] };

/**
 * The files chosen with the report, sent once the report itself is safe. A file that
 * does not arrive does not put the report at risk: the page says so, and where to retry.
 */
export function ReceiptUploads({ credentials, files }: ReceiptUploadsProps) {
  const { t } = useTranslation();
  const uploads = useUploads(credentials);
  const started = useRef(false);
  const { add } = uploads;

  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    add(files);
  }, [add, files]);

  const failed = uploads.items.some((item) => item.state === 'failed');
  return (
    <section className="stack stack--tight" aria-labelledby="uploads-title">
      <h2 id="uploads-title">{t('uploads.title')}</h2>
      <UploadList items={uploads.items} onRetry={uploads.retry} />
      {failed ? (
        <p className="notice notice--warning" data-testid="uploads-failed">
          {t('uploads.reportSafe')}
        </p>
      ) : null}
    </section>
  );
}
