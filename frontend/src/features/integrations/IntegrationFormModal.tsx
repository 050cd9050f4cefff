import { Modal } from '@mantine/core';
import type { IntegrationDTO } from '../../api/integrations';
import { IntegrationForm } from './IntegrationForm';

interface Props {
  opened: boolean;
  /** The integration to edit; null to set up a new one. */
  integration: IntegrationDTO | null;
  /** Changes on every open, so the form starts from the integration's saved values each time. */
  formKey?: number;
  onClose: () => void;
}

/** IntegrationFormModal holds the setup (new) or edit form in a modal. */
export function IntegrationFormModal({ opened, integration, formKey = 0, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={integration ? `Edit ${integration.name}` : 'Set up Zendesk'}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <IntegrationForm key={`${formKey}:${integration?.id ?? 'new'}`} integration={integration} onClose={onClose} />
    </Modal>
  );
}
