export {
  createMailIntakeService,
  type MailIntakeService,
  type ReceivedMail,
} from './mail-intake.service.ts';
export {
  startMailIntake,
  type MailIntakeConfig,
  type RunningMailIntake,
} from './mail-intake.server.ts';
export { retryOwedRepliesJob } from './mail-intake.jobs.ts';
