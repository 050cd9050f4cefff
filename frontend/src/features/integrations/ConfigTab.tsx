import { Divider, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Environment, PullRecordBy } from '../../api/integrations';
import { webhooksApi } from '../../api/webhooks';
import { backfillNote, EXPORT_PACE } from './backfill';
import { ClientSecretField } from './ClientSecretField';
import { DomainField } from './DomainField';
import { needsOAuthSetup } from './formValues';
import { environmentLabels, pullRecordByLabels } from './labels';
import type { IntegrationForm } from './useIntegrationForm';
import { MAX_POLL_MINUTES } from './validate';

export interface ConfigTabProps {
  form: IntegrationForm;
  hasSavedSecret: boolean;
  /** The saved backfill start ("" = whole history); undefined for a new integration. */
  savedBackfill?: string;
}

/** ConfigTab: "Authentication & configuration", whose fields depend on the capability. */
export function ConfigTab({ form, hasSavedSecret, savedBackfill }: ConfigTabProps) {
  const { values, setField } = form;
  return (
    <Stack gap="md">
      <DomainField value={values.domain} onChange={(v) => setField('domain', v)} error={form.errors.domain} />
      {needsOAuthSetup(values.capability) ? (
        <SyncFields form={form} hasSavedSecret={hasSavedSecret} savedBackfill={savedBackfill} />
      ) : (
        <ContentFields form={form} />
      )}
    </Stack>
  );
}

/** SyncFields are the fields of a capability that syncs through OAuth: how it syncs and signs in. */
function SyncFields({ form, hasSavedSecret, savedBackfill }: ConfigTabProps) {
  const listenerAddress = useListenerAddress();
  const { values, errors, setField } = form;
  return (
    <>
      <Radio.Group
        label="Pull Record By"
        description="Updated Time follows every change; Created Time pulls each record once, when it is new."
        required
        value={values.pullRecordBy}
        onChange={(v) => setField('pullRecordBy', v as PullRecordBy)}
        error={errors.pullRecordBy}
      >
        <Group mt="xs" gap="lg">
          {Object.entries(pullRecordByLabels).map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={2} spacing="md">
        <TextInput
          label="Backfill start date"
          // A text field: an empty date field shows today's date greyed out, which reads as "from
          // today" while empty means the whole history.
          placeholder="Whole history (or YYYY-MM-DD)"
          inputMode="numeric"
          description={
            <>
              {backfillNote(values.backfillStart, savedBackfill)} {EXPORT_PACE}
            </>
          }
          value={values.backfillStart}
          onChange={(e) => setField('backfillStart', e.currentTarget.value)}
          error={errors.backfillStart}
        />
        <NumberInput
          label="Poll interval (minutes)"
          description="How often Zensync asks Zendesk for changes."
          min={1}
          max={MAX_POLL_MINUTES}
          allowDecimal={false}
          value={values.pollIntervalMinutes}
          onChange={(v) => setField('pollIntervalMinutes', typeof v === 'number' ? v : v === '' ? '' : Number(v))}
          error={errors.pollIntervalMinutes}
        />
      </SimpleGrid>
      <Divider label="OAuth client" labelPosition="left" />
      <TextInput
        label="OAuth client identifier"
        description="The Identifier of the OAuth client you added in Admin Center → Apps and integrations → APIs → OAuth clients."
        // An example, not a value: the field starts empty so an admin copies their own client's
        // Identifier (a prefilled guess would only fail later, on Zendesk's Allow page).
        placeholder="e.g. zensync_desktop"
        required
        value={values.oauthClientId}
        onChange={(e) => setField('oauthClientId', e.currentTarget.value)}
        error={errors.oauthClientId}
      />
      <ClientSecretField
        hasSaved={hasSavedSecret}
        value={values.oauthClientSecret}
        onChange={(v) => setField('oauthClientSecret', v)}
        clearing={values.clearClientSecret}
        onClearingChange={(clear) => setField('clearClientSecret', clear)}
        error={errors.oauthClientSecret}
      />
      <Divider label="Webhook" labelPosition="left" />
      <TextInput
        label="Webhook public base URL"
        description={`Optional. The public address of a tunnel to Zensync's webhook listener${
          listenerAddress ? ` (on this computer at ${listenerAddress})` : ''
        }, so ticket changes arrive within seconds. Without it Zensync polls only.`}
        placeholder="https://zensync.example.com"
        value={values.webhookBaseUrl}
        onChange={(e) => setField('webhookBaseUrl', e.currentTarget.value)}
        error={errors.webhookBaseUrl}
      />
    </>
  );
}

function ContentFields({ form }: { form: IntegrationForm }) {
  const { values, errors, setField } = form;
  return (
    <SimpleGrid cols={2} spacing="md">
      <NativeSelect
        label="Environment"
        description="Optional. Sandbox: a separate test account."
        value={values.environment}
        onChange={(e) => setField('environment', e.currentTarget.value as Environment)}
        data={[
          { value: '', label: 'Not set' },
          ...Object.entries(environmentLabels).map(([value, label]) => ({ value, label })),
        ]}
        error={errors.environment}
      />
      <TextInput
        label="Help Center locale"
        description="Optional, for example en-us. Empty means every locale."
        placeholder="en-us"
        value={values.helpCenterLocale}
        onChange={(e) => setField('helpCenterLocale', e.currentTarget.value)}
        error={errors.helpCenterLocale}
      />
    </SimpleGrid>
  );
}

/** useListenerAddress is where the webhook listener runs on this computer ("" until known). */
function useListenerAddress(): string {
  const listener = useQuery({ queryKey: ['webhook-listener'], queryFn: () => webhooksApi.listener() });
  return listener.data?.running ? listener.data.address : '';
}
