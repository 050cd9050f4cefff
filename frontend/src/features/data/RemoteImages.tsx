import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAlwaysLoadRemoteImages } from '../privacy/remoteImagesPreference';

interface RemoteImages {
  /** allow: remote images may load in this ticket or article. */
  allow: boolean;
  /** report: a SafeHtml box (by id) says how many remote images it blocked. */
  report: (id: string, blocked: number) => void;
}

const RemoteImagesContext = createContext<RemoteImages>({ allow: false, report: () => {} });

/** useRemoteImages is SafeHtml's view of its ticket's or article's choice (blocked by default). */
export function useRemoteImages(): RemoteImages {
  return useContext(RemoteImagesContext);
}

/**
 * RemoteImagesScope holds one ticket's or article's choice, as mail clients do per message: remote
 * images stay blocked, and a notice offers "Load remote images", until the admin clicks it (for
 * this ticket, while it is open) or turns on Settings → Privacy → "Always load remote images".
 * scope names the ticket or article, so moving to another one blocks again.
 */
export function RemoteImagesScope({ scope, children }: { scope: string; children: ReactNode }) {
  const [always] = useAlwaysLoadRemoteImages();
  const [allowedScope, setAllowedScope] = useState<string | null>(null);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const allow = always || allowedScope === scope;
  const report = useCallback(
    (id: string, blocked: number) => setCounts((c) => (c[id] === blocked ? c : { ...c, [id]: blocked })),
    [],
  );
  const value = useMemo(() => ({ allow, report }), [allow, report]);
  const blocked = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <RemoteImagesContext.Provider value={value}>
      {!allow && blocked > 0 && (
        <Alert
          color="gray"
          variant="light"
          icon={<IconPhotoOff size={18} />}
          title="Remote images are blocked to protect your privacy"
          role="region"
        >
          <Text size="sm" mb="xs">
            {blocked === 1 ? '1 image is' : `${blocked} images are`} stored on other servers. Loading them
            tells those servers your IP address and that you opened this.
          </Text>
          <Group gap="md">
            <Button size="xs" variant="default" onClick={() => setAllowedScope(scope)}>
              Load remote images
            </Button>
            <Anchor component={Link} to="/settings/privacy" size="sm">
              Always load remote images…
            </Anchor>
          </Group>
        </Alert>
      )}
      {children}
    </RemoteImagesContext.Provider>
  );
}
