import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCEPT,
  addFiles,
  MAX_FILE_BYTES,
  MAX_REPORT_BYTES,
  problemMessage,
  type FileProblem,
} from './file-checks.ts';
import { formatFileSize } from '../../shared/file-size.ts';

type FilePickerProps = {
  id: string;
  legend: string;
  /** When a heading right above already says it: the legend still names the group. */
  hideLegend?: boolean;
  files: readonly File[];
  onChange: (files: File[]) => void;
};

/**
 * Choosing evidence files: a button that opens the phone's picker (several files at once),
 * the list of chosen files with their sizes and a way to remove each, and the reason for
 * any file left out, checked here against the server's limits before anything is sent.
 */
export function FilePicker({ id, legend, hideLegend = false, files, onChange }: FilePickerProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const total = files.reduce((sum, file) => sum + file.size, 0);

  const pick = (picked: FileList | null) => {
    const result = addFiles(files, picked ? [...picked] : []);
    setProblems(result.problems);
    onChange(result.files);
    // The same file can be picked again after it was removed.
    if (input.current) input.current.value = '';
  };

  const remove = (index: number) => {
    setProblems([]);
    onChange(files.filter((_, at) => at !== index));
  };

  return (
    <fieldset className="field file-picker" aria-describedby={`${id}-hint`}>
      <legend className={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('files.hint', {
          perFile: formatFileSize(MAX_FILE_BYTES, t),
          perReport: formatFileSize(MAX_REPORT_BYTES, t),
        })}
      </p>
      <input
        ref={input}
        id={id}
        data-testid={id}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => pick(event.target.files)}
      />
      <button
        type="button"
        className="button button--add"
        aria-describedby={`${id}-hint`}
        onClick={() => input.current?.click()}
      >
        <span aria-hidden="true">+</span> {t('files.add')}
      </button>
      <div role="alert" className="file-problems">
        {problems.length > 0 ? (
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.reason}:${problem.name}`} className="field-error">
                {problemMessage(problem, t)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {files.length > 0 ? (
        <>
          <ul className="file-list" aria-label={t('files.chosen')}>
            {files.map((file, index) => (
              <li key={`${file.name}:${file.size}:${file.lastModified}`} className="file-row">
                <span className="file-name">{file.name}</span>
                <span className="file-size">{formatFileSize(file.size, t)}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('files.removeNamed', { name: file.name })}
                  onClick={() => remove(index)}
                >
                  {t('files.remove')}
                </button>
              </li>
            ))}
          </ul>
          <p className="field-status">
            {t('files.total', { count: files.length, size: formatFileSize(total, t) })}
          </p>
        </>
      ) : null}
    </fieldset>
  );
}
