import type { Bilingual } from '../language.ts';
import type { RejectReportBody } from '../incidents/incident.schemas.ts';

/**
 * What a reporter reads when the CERT does not take a report up. Plain words, no blame,
 * and where else to turn: most people who report here have lost something.
 */
export const REJECTION_MESSAGES: Record<RejectReportBody['reason'], Bilingual> = {
  spam: {
    en: 'We have closed this report because it does not describe a cyber incident. If something did happen to you, please send a new report and tell us what happened.',
    km: 'យើងបានបិទរបាយការណ៍នេះ ព្រោះវាមិនបានរៀបរាប់ពីឧប្បត្តិហេតុសន្តិសុខអ៊ីនធឺណិតទេ។ ប្រសិនបើមានរឿងកើតឡើងចំពោះអ្នកមែន សូមផ្ញើរបាយការណ៍ថ្មី ហើយប្រាប់យើងពីអ្វីដែលបានកើតឡើង។',
  },
  out_of_scope: {
    en: 'Thank you for your report. It is outside what the CERT handles, so we have closed it. For a crime, please also go to the police; for a dispute with a shop or service, contact them or the consumer protection office.',
    km: 'សូមអរគុណសម្រាប់របាយការណ៍របស់អ្នក។ វាស្ថិតនៅក្រៅការងារដែល CERT ដោះស្រាយ ដូច្នេះយើងបានបិទវា។ ចំពោះបទល្មើស សូមទៅប៉ូលិសផងដែរ។ ចំពោះវិវាទជាមួយហាង ឬសេវាកម្ម សូមទាក់ទងពួកគេ ឬការិយាល័យការពារអ្នកប្រើប្រាស់។',
  },
  duplicate: {
    en: 'Thank you. We already have this incident in another report and are handling it there, so we have closed this copy.',
    km: 'សូមអរគុណ។ យើងមានឧប្បត្តិហេតុនេះរួចហើយនៅក្នុងរបាយការណ៍មួយទៀត ហើយកំពុងដោះស្រាយវានៅទីនោះ ដូច្នេះយើងបានបិទច្បាប់ចម្លងនេះ។',
  },
};
