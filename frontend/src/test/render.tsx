import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { Providers } from '../app/Providers';
import { newQueryClient } from '../app/queryClient';

/** renderWithApp renders ui inside the app's providers with a fresh query client (no retries). */
export function renderWithApp(ui: ReactElement): RenderResult & { user: ReturnType<typeof userEvent.setup> } {
  const client = newQueryClient({ retry: false });
  // delay: null types without waiting between keys: the same events, much faster tests.
  const user = userEvent.setup({ delay: null });
  const result = render(
    <Providers client={client}>
      <MemoryRouter>{ui}</MemoryRouter>
    </Providers>,
  );
  return { ...result, user };
}
