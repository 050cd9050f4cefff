import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { bootApi } from '../api/boot';
import { BootError } from './BootError';

/** BootGate shows the app only when Go reports that its database opened. */
export function BootGate({ children }: { children: ReactNode }) {
  const boot = useQuery({ queryKey: ['boot'], queryFn: bootApi.status, staleTime: Infinity, retry: false });
  if (boot.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label="Starting Zensync" />
      </Center>
    );
  }
  if (boot.isError) {
    return <BootError kind="backend" message={boot.error.message} path="" />;
  }
  if (!boot.data.ok) return <BootError message={boot.data.message} path={boot.data.path} />;
  return <>{children}</>;
}
