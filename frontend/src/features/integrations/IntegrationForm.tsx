import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { toAppError } from '../../api/client';
import { integrationsApi, type IntegrationDTO } from '../../api/integrations';
import { ConnectSection } from '../connect/ConnectSection';
import { notifySuccess } from '../../lib/notify';
import { BasicTab } from './BasicTab';
import { ConfigTab } from './ConfigTab';
import { emptyValues, toInput, valuesOf } from './formValues';
import { useCreateIntegration, useUpdateIntegration } from './queries';
import { useIntegrationForm, type TabName } from './useIntegrationForm';
import { serverFieldErrors } from './validate';

interface Props {
  integration: IntegrationDTO | null;
  onClose: () => void;
}

/**
 * IntegrationForm is the setup and edit form: tabs "Basic" → "Authentication & configuration",
 * then Save. A new integration stays open after Save so it can be connected at once; an edit
 * closes. Go's field errors land on their fields and nothing is saved.
 */
export function IntegrationForm({ integration, onClose }: Props) {
  const mode = integration ? 'edit' : 'setup';
  const form = useIntegrationForm(integration ? valuesOf(integration) : emptyValues());
  const [saved, setSaved] = useState<IntegrationDTO | null>(integration);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateIntegration();
  const update = useUpdateIntegration();
  const saving = create.isPending || update.isPending;
  const justCreated = mode === 'setup' && saved !== null;
  // Once connected, "It shows as Not connected…" would contradict the Connect confirmation.
  const [connected, setConnected] = useState(false);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    setFormError(null);
    if (form.tab === 'basic' && !saved) {
      form.next(); // Enter on "Basic" of a new integration moves on, as Next does.
      return;
    }
    if (!form.check()) return;
    const input = toInput(form.values);
    if (!saved || input.domain.trim() !== saved.domain) {
      // Ask Zendesk before saving (Go asks again on Save): a typo is said next to the field.
      const account = await integrationsApi.checkAccount(input.domain).catch(() => null);
      if (account?.result === 'not_found') {
        form.showErrors({ domain: account.message });
        return;
      }
    }
    try {
      const result = saved
        ? await update.mutateAsync({ id: saved.id, input })
        : await create.mutateAsync(input);
      setSaved(result);
      if (mode === 'edit') {
        notifySuccess(`${result.name} was saved.`);
        onClose();
      } else {
        notifySuccess(`${result.name} was saved. Connect it to Zendesk to start syncing.`);
      }
    } catch (err) {
      showServerError(err);
    }
  }

  function showServerError(err: unknown) {
    const e = toAppError(err);
    if (e.code === 'invalid_input' && Object.keys(e.fields).length > 0) {
      const { errors, other } = serverFieldErrors(e.fields);
      form.showErrors(errors);
      if (other.length > 0) setFormError(other.join(' '));
    } else if (e.code === 'conflict') {
      form.showErrors({ name: e.message });
    } else {
      setFormError(e.message);
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="md">
        {formError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Nothing was saved">
            {formError}
          </Alert>
        )}
        {justCreated && !connected && (
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Integration saved">
            It shows as Not connected until you connect it to Zendesk.
          </Alert>
        )}
        <Tabs value={form.tab} onChange={(v) => v && form.setTab(v as TabName)} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="basic">Basic</Tabs.Tab>
            <Tabs.Tab value="config">Authentication &amp; configuration</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="basic">
            <BasicTab form={form} />
          </Tabs.Panel>
          <Tabs.Panel value="config">
            <Stack gap="lg">
              <ConfigTab
                form={form}
                hasSavedSecret={saved?.hasClientSecret ?? false}
                savedBackfill={saved ? saved.backfillStart ?? '' : undefined}
              />
              {saved ? (
                <ConnectSection integration={saved} mode={mode} onConnected={() => setConnected(true)} />
              ) : (
                <Text size="sm" c="dimmed">
                  Save the integration first; then connect it to Zendesk.
                </Text>
              )}
            </Stack>
          </Tabs.Panel>
        </Tabs>
        <Footer
          tab={form.tab}
          canSaveFromBasic={saved !== null}
          justCreated={justCreated}
          saving={saving}
          onNext={form.next}
          onBack={() => form.setTab('basic')}
          onClose={onClose}
        />
      </Stack>
    </form>
  );
}

/**
 * stickyFooter keeps Cancel / Back / Save at the bottom of the dialog while its long Helpdesk
 * and CRM tab scrolls: without it Save sat below the fold of a 900px-high window.
 */
const stickyFooter = {
  position: 'sticky',
  bottom: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  borderTop: '1px solid var(--mantine-color-default-border)',
} as const;

interface FooterProps {
  tab: TabName;
  canSaveFromBasic: boolean;
  justCreated: boolean;
  saving: boolean;
  onNext: () => void;
  onBack: () => void;
  onClose: () => void;
}

function Footer({ tab, canSaveFromBasic, justCreated, saving, onNext, onBack, onClose }: FooterProps) {
  return (
    <Group justify="space-between" mt="sm" py="sm" style={stickyFooter}>
      <Button variant="default" onClick={onClose}>
        {justCreated ? 'Done' : 'Cancel'}
      </Button>
      <Group gap="sm">
        {tab === 'config' && (
          <Button variant="subtle" onClick={onBack}>
            Back
          </Button>
        )}
        {tab === 'basic' && (
          <Button variant={canSaveFromBasic ? 'light' : 'filled'} onClick={onNext}>
            Next
          </Button>
        )}
        {(tab === 'config' || canSaveFromBasic) && (
          <Button type="submit" loading={saving}>
            Save
          </Button>
        )}
      </Group>
    </Group>
  );
}
