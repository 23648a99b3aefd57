import { useTranslation } from 'react-i18next';
import type { ReporterMessage } from '../../../domain/reports/report.schemas.ts';
import { formatDateTime } from '../../shared/format.ts';
import { useLanguage } from '../../shared/use-language.ts';

type ConversationProps = { messages: readonly ReporterMessage[] };

/** Messages from the CERT and what the reporter added, oldest first, each with its date. */
export function Conversation({ messages }: ConversationProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="stack stack--tight" aria-labelledby="conversation-title">
      <h2 id="conversation-title">{t('followUp.messagesTitle')}</h2>
      {messages.length === 0 ? (
        <p className="field-hint">{t('followUp.noMessages')}</p>
      ) : (
        <ol className="messages" data-testid="messages">
          {messages.map((message) => (
            <li key={message.id} className={`message message--${message.from}`}>
              <p className="message-meta">
                <strong>
                  {message.from === 'cert' ? t('followUp.fromCert') : t('followUp.fromYou')}
                </strong>{' '}
                <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, language)}</time>
              </p>
              <p className="message-body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
