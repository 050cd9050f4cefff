import { useState } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { BootGate } from './app/BootGate';
import { Layout } from './app/Layout';
import { Providers } from './app/Providers';
import { newQueryClient } from './app/queryClient';
import { homePath, routes } from './app/routes';

export function App() {
  const [client] = useState(() => newQueryClient());
  return (
    <Providers client={client}>
      <BootGate>
        <HashRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Navigate to={homePath} replace />} />
              {routes.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<Navigate to={homePath} replace />} />
            </Route>
          </Routes>
        </HashRouter>
      </BootGate>
    </Providers>
  );
}
