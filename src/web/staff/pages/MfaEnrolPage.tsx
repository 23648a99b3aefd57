import { Button, Code, Image, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MfaEnrolBodySchema,
  MfaEnrolmentConfirmedSchema,
  MfaEnrolmentSchema,
} from '../../../domain/auth/auth.schemas.ts';
import { groupSecret, svgDataUrl } from '../auth/qr-image.ts';
import { RecoveryCodes } from '../auth/RecoveryCodes.tsx';
import { pathForSession, setSession } from '../auth/session.ts';
import { AuthCard } from '../components/AuthCard.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { staffSend } from '../staff-api.ts';

export function MfaEnrolPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  // A query rather than a mutation, so a re-render or StrictMode's double mount does not
  // start a second enrolment with a different secret.
  const enrolment = useQuery({
    queryKey: ['mfa-enrolment'],
    queryFn: () => staffSend('/api/auth/mfa/enrolment', MfaEnrolmentSchema),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });

  const confirm = useMutation({
    mutationFn: (body: { code: string }) =>
      staffSend('/api/auth/mfa/enrolment/confirm', MfaEnrolmentConfirmedSchema, { body }),
    // The server opens a new, active session: keep its CSRF token from now on.
    onSuccess: (confirmed) => setSession(queryClient, confirmed.session),
  });

  const finish = async () => {
    await navigate({ to: pathForSession(confirm.data?.session ?? null) });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = MfaEnrolBodySchema.safeParse({ code: code.replace(/\s/g, '') });
    setInvalid(!parsed.success);
    if (parsed.success) confirm.mutate(parsed.data);
  };

  if (confirm.data) {
    return (
      <AuthCard title={t('staff.enrol.title')}>
        <RecoveryCodes codes={confirm.data.recoveryCodes} onDone={() => void finish()} />
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('staff.enrol.title')}>
      <Text>{t('staff.enrol.intro')}</Text>
      {enrolment.isPending ? <Loader aria-label={t('app.loading')} /> : null}
      {enrolment.error ? <ErrorAlert error={enrolment.error} /> : null}
      {enrolment.data ? (
        <Stack gap="sm" align="center">
          <Image
            src={svgDataUrl(enrolment.data.qrSvg)}
            alt={t('staff.enrol.qrAlt')}
            w={200}
            h={200}
            bg="white"
          />
          <Text>{t('staff.enrol.manual')}</Text>
          <Code fz="lg" data-testid="mfa-secret">
            {groupSecret(enrolment.data.secret)}
          </Code>
        </Stack>
      ) : null}
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
          <TextInput
            label={t('staff.enrol.code')}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={invalid ? t('staff.mfa.codeFormat') : undefined}
          />
          <Button type="submit" loading={confirm.isPending} disabled={!enrolment.data}>
            {t('staff.enrol.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
