import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../evidence/FilePicker.tsx';
import type { ReporterCredentials } from '../evidence/upload-file.ts';
import { UploadList } from '../evidence/UploadList.tsx';
import { useUploads } from '../evidence/use-uploads.ts';

type AddEvidenceProps = { credentials: ReporterCredentials; onUploaded: () => void };

/** More files for a report that was already sent: picked, then sent one by one. */
export function AddEvidence({ credentials, onUploaded }: AddEvidenceProps) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const uploads = useUploads(credentials, onUploaded);

  return (
    <section className="stack stack--tight" aria-labelledby="add-evidence-title">
      <h2 id="add-evidence-title">{t('followUp.filesTitle')}</h2>
      <FilePicker
        id="more-evidence"
        legend={t('followUp.filesLegend')}
        hideLegend
        files={files}
        onChange={setFiles}
      />
      {files.length > 0 ? (
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            uploads.add(files);
            setFiles([]);
          }}
        >
          {t('followUp.filesSubmit', { count: files.length })}
        </button>
      ) : null}
      <UploadList items={uploads.items} onRetry={uploads.retry} />
    </section>
  );
}
