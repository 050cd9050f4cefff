import { Modal } from '@mantine/core';
import type { IntegrationDTO } from '../../api/integrations';
import { cancelRunningSignIns } from '../connect/runningSignIns';
import { IntegrationForm } from './IntegrationForm';

interface Props {
  opened: boolean;
  /** The integration to edit; null to set up a new one. */
  integration: IntegrationDTO | null;
  /** Changes on every open, so the form starts from the integration's saved values each time. */
  formKey?: number;
  onClose: () => void;
}

/**
 * IntegrationFormModal holds the setup (new) or edit form in a modal. Closing it by any way
 * (footer Cancel or Done, the X, Escape) cancels a sign-in still waiting for Zendesk.
 */
export function IntegrationFormModal({ opened, integration, formKey = 0, onClose }: Props) {
  const close = () => {
    void cancelRunningSignIns();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      size="xl"
      title={integration ? `Edit ${integration.name}` : 'Set up Zendesk'}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <IntegrationForm key={`${formKey}:${integration?.id ?? 'new'}`} integration={integration} onClose={close} />
    </Modal>
  );
}
