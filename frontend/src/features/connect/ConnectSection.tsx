import { Alert, Button, CopyButton, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { toAppError } from '../../api/client';
import { connectApi } from '../../api/connect';
import { useEvent } from '../../api/events';
import type { IntegrationDTO } from '../../api/integrations';
import { markSignIn } from './runningSignIns';

type Phase =
  | { name: 'idle' }
  | { name: 'starting' }
  | { name: 'disconnecting' }
  | { name: 'waiting'; authUrl: string; browserMessage: string }
  | { name: 'done'; message: string; detail: string; estimate?: string }
  | { name: 'failed'; message: string };

/**
 * ConnectSection runs the browser sign-in for one saved integration: "Connect" while it has no
 * token, "Re-generate Token" in Edit once it has one. Zensync opens Zendesk's sign-in page in
 * the system browser; the same link is shown here to copy. It waits (with Cancel) for the
 * `oauth:finished` event and then says how it went.
 */
export function ConnectSection({
  integration,
  mode,
  onConnected,
}: {
  integration: IntegrationDTO;
  mode: 'setup' | 'edit';
  /** Called once the sign-in succeeded (the token is saved). */
  onConnected?: () => void;
}) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  // Set while a sign-in of ours is running: events for other integrations, or for a sign-in
  // the admin cancelled, are ignored.
  const active = useRef(false);
  const regenerate = mode === 'edit' && integration.status !== 'not_connected';
  const label = regenerate ? 'Re-generate Token' : 'Connect';
  const host = integration.host || `${integration.domain}.zendesk.com`;

  useEvent('oauth:finished', (e) => {
    if (!e || e.integrationId !== integration.id || !active.current) return;
    active.current = false;
    markSignIn(integration.id, false);
    if (e.ok) {
      const message = regenerate ? 'Token re-generated' : `Connected to ${host}`;
      setPhase({
        name: 'done',
        message,
        detail: regenerate
          ? 'The new token is saved. Test Connection should now pass.'
          : 'The integration is connected and its first sync is running.',
      });
      onConnected?.();
      if (!regenerate && integration.capability === 'helpdesk') {
        connectApi.syncEstimate(integration.id).then(
          (est) => setPhase((p) => (p.name === 'done' ? { ...p, estimate: est.message } : p)),
          () => undefined, // the estimate is a courtesy; the sync runs either way
        );
      }
    } else {
      setPhase({ name: 'failed', message: e.message || 'The sign-in did not finish.' });
    }
  });

  const start = async () => {
    setPhase({ name: 'starting' });
    active.current = true;
    markSignIn(integration.id, true);
    try {
      const s = await connectApi.start(integration.id);
      if (active.current)
        setPhase({ name: 'waiting', authUrl: s.authUrl, browserMessage: !s.browserOpened && s.browserMessage ? s.browserMessage : '' });
    } catch (err) {
      active.current = false;
      markSignIn(integration.id, false);
      setPhase({ name: 'failed', message: toAppError(err).message });
    }
  };

  const cancel = async () => {
    active.current = false;
    markSignIn(integration.id, false);
    setPhase({ name: 'idle' });
    try {
      await connectApi.cancel(integration.id);
    } catch (err) {
      setPhase({ name: 'failed', message: toAppError(err).message });
    }
  };

  // Disconnect removes the webhook, revokes the token at Zendesk and forgets it; settings and
  // synced data stay, and Connect signs in again.
  const disconnect = async () => {
    setPhase({ name: 'disconnecting' });
    try {
      await connectApi.disconnect(integration.id);
      setPhase({
        name: 'done',
        message: `Disconnected from ${host}`,
        detail: 'The token was revoked and removed from the keyring; the synced data stays. Connect signs in again.',
      });
    } catch (err) {
      setPhase({ name: 'failed', message: toAppError(err).message });
    }
  };

  const busy = phase.name === 'starting' || phase.name === 'waiting' || phase.name === 'disconnecting';
  return (
    <Stack gap="sm" aria-label="Connection">
      <Text size="sm" c="dimmed">
        {regenerate
          ? `Sign in to ${host} again to replace the token. Settings and synced data are kept.`
          : `Sign in to ${host} in your browser and click Allow. Zensync keeps the token in the system keyring.`}
      </Text>
      <Group>
        <Button onClick={start} loading={phase.name === 'starting'} disabled={busy}>
          {label}
        </Button>
        {regenerate && (
          <Button variant="subtle" color="red" onClick={disconnect} loading={phase.name === 'disconnecting'} disabled={busy}>
            Disconnect
          </Button>
        )}
      </Group>

      {phase.name === 'waiting' && <Waiting phase={phase} onCancel={cancel} />}

      {phase.name === 'done' && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={phase.message} role="status">
          {phase.detail}
          {phase.estimate && <Text size="sm">{phase.estimate}</Text>}
        </Alert>
      )}

      {phase.name === 'failed' && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Not connected" role="alert">
          {phase.message}
        </Alert>
      )}
    </Stack>
  );
}

/** SignInLink is the sign-in link with Copy (and Open, for a browser the system can start). */
function SignInLink({ authUrl }: { authUrl: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        label="Sign-in link"
        value={authUrl}
        readOnly
        style={{ flex: 1 }}
        onFocus={(e) => e.currentTarget.select()}
      />
      <CopyButton value={authUrl}>
        {({ copied, copy }) => (
          <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
      <Button
        component="a"
        href={authUrl}
        target="_blank"
        rel="noreferrer"
        variant="default"
        leftSection={<IconExternalLink size={16} />}
      >
        Open
      </Button>
    </Group>
  );
}

/**
 * Waiting is shown while Zendesk's sign-in is open. When no browser could be started it says so
 * first, with the link and Copy, instead of pointing at a browser window that never opened.
 */
function Waiting({
  phase,
  onCancel,
}: {
  phase: { authUrl: string; browserMessage: string };
  onCancel: () => void;
}) {
  const noBrowser = phase.browserMessage !== '';
  return (
    <Alert
      color={noBrowser ? 'yellow' : 'blue'}
      variant="light"
      icon={noBrowser ? <IconAlertTriangle size={16} /> : <Loader size={16} />}
      title={noBrowser ? phase.browserMessage : 'Waiting for Zendesk'}
      role={noBrowser ? 'alert' : undefined}
    >
      <Stack gap="xs">
        {noBrowser ? (
          <>
            <SignInLink authUrl={phase.authUrl} />
            <Text size="sm">Then sign in to Zendesk there and click Allow. Zensync is waiting for it.</Text>
          </>
        ) : (
          <>
            <Text size="sm">
              Sign in to Zendesk in the browser window that opened, then click Allow. If no browser opened, copy this
              link into one.
            </Text>
            <SignInLink authUrl={phase.authUrl} />
          </>
        )}
        <Group>
          <Button variant="subtle" color="gray" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
