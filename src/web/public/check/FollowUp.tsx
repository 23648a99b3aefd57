import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicReportView } from '../../../domain/reports/report.schemas.ts';
import type { CheckResult } from './CheckForm.tsx';
import { AddEvidence } from './AddEvidence.tsx';
import { AddInformation } from './AddInformation.tsx';
import { Conversation } from './Conversation.tsx';
import { checkReport } from './follow-up-api.ts';
import { ReportStatusCard } from './ReportStatusCard.tsx';
import { WithdrawReport } from './WithdrawReport.tsx';

type FollowUpProps = {
  result: CheckResult;
  onChange: (result: CheckResult) => void;
};

const canWithdraw = (report: PublicReportView) =>
  report.status === 'received' || report.status === 'in_review';

/**
 * A report the reporter opened with its code and secret: where it stands, the messages
 * between them and the CERT, and what they can still do: add information or files, or
 * withdraw it.
 */
export function FollowUp({ result, onChange }: FollowUpProps) {
  const { t } = useTranslation();
  const { report, credentials } = result;
  const [withdrawn, setWithdrawn] = useState(false);

  const refresh = useCallback(async () => {
    try {
      onChange({ report: await checkReport(credentials), credentials });
    } catch {
      // The view stays as it was; the next check shows the change.
    }
  }, [credentials, onChange]);

  return (
    <div className="stack follow-up">
      <ReportStatusCard report={report} />
      {withdrawn ? (
        <p className="notice" role="status">
          {t('withdraw.done')}
        </p>
      ) : null}
      <Conversation messages={report.messages} />
      {report.canAddInformation ? (
        <>
          <AddInformation credentials={credentials} onAdded={() => void refresh()} />
          <AddEvidence credentials={credentials} onUploaded={() => void refresh()} />
        </>
      ) : (
        <p className="notice">{t('followUp.closed')}</p>
      )}
      {canWithdraw(report) ? (
        <WithdrawReport
          credentials={credentials}
          onWithdrawn={(view) => {
            setWithdrawn(true);
            onChange({ report: view, credentials });
          }}
        />
      ) : null}
    </div>
  );
}
