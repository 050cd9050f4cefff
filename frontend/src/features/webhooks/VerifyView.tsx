import { Alert, Code, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import type { VerifyReport } from '../../api/webhooks';

function Mark({ ok }: { ok: boolean }) {
  return (
    <ThemeIcon color={ok ? 'teal' : 'red'} size={22} radius="xl" aria-label={ok ? 'passed' : 'failed'} role="img">
      {ok ? <IconCheck size={14} /> : <IconX size={14} />}
    </ThemeIcon>
  );
}

/** OffNotice says webhooks are off for this integration and how to turn them on. */
export function OffNotice({ message }: { message: string }) {
  const text = message.replace(/^Webhooks off — polling only\.\s*/, '');
  // Go's message may already name a tunnel command (with the listener's real address): say it once.
  const hasExample = /cloudflared|ngrok|ssh -R/.test(text);
  return (
    <Alert color="yellow" icon={<IconInfoCircle />} title="Webhooks off — polling only">
      <Stack gap="xs">
        {text && <Text size="sm">{text}</Text>}
        {!hasExample && (
          <Text size="sm">
            For example, run <Code>cloudflared tunnel --url http://127.0.0.1:47601</Code> and enter the https address it
            prints as the public base URL.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * VerifyView shows what an admin would check in Admin Center, a tick or a cross each, and whether
 * the test delivery sent through the tunnel reached the listener.
 */
export function VerifyView({ report }: { report: VerifyReport }) {
  if (report.off) return <OffNotice message={report.message} />;
  return (
    <Stack gap="md">
      <List spacing="sm" listStyleType="none" aria-label="Webhook checks">
        {report.checks.map((c) => (
          <List.Item key={c.id} icon={<Mark ok={c.ok} />} data-check={c.id} data-ok={c.ok}>
            <Text size="sm" fw={500}>
              {c.label}
            </Text>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {c.detail}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group gap="sm" wrap="nowrap" align="flex-start" data-check="test_delivery" data-ok={report.testArrived}>
        <Mark ok={report.testArrived} />
        <div>
          <Text size="sm" fw={500}>
            Test delivery through the tunnel {report.testArrived ? 'arrived' : 'did not arrive'}
          </Text>
          <Text size="xs" c="dimmed">
            {report.testDetail}
          </Text>
        </div>
      </Group>
      <Alert color={report.ok ? 'teal' : 'red'} variant="light">
        {report.ok
          ? 'Everything checks out: Zendesk will push ticket changes to Zensync.'
          : 'Something needs attention: fix the crosses above, then verify again. Saving the integration (Edit) re-creates the webhook.'}
      </Alert>
    </Stack>
  );
}
