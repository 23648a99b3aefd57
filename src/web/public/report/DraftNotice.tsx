import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type DraftNoticeProps = { onClear: () => void };

/** Says that an unsent report was brought back, that it lives only here, and clears it. */
export function DraftNotice({ onClear }: DraftNoticeProps) {
  const { t } = useTranslation();
  const [cleared, setCleared] = useState(false);
  return (
    <div className="notice" role="status" data-testid="draft-notice">
      {cleared ? (
        <p>{t('draft.cleared')}</p>
      ) : (
        <div className="stack stack--tight">
          <p>
            <strong>{t('draft.restoredTitle')}</strong> {t('draft.restored')}
          </p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setCleared(true);
              onClear();
            }}
          >
            {t('draft.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
