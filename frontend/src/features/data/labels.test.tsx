import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { Tags } from './labels';

describe('Tags', () => {
  it('shows every tag on a page', () => {
    renderWithApp(<Tags tags={['vip', 'billing', 'gdpr']} />);
    expect(screen.getByText('vip')).toBeInTheDocument();
    expect(screen.getByText('gdpr')).toBeInTheDocument();
    expect(screen.queryByText(/^\+/)).not.toBeInTheDocument();
  });

  it('shows the first tags and "+N" in a table cell, every tag on hover', () => {
    renderWithApp(<Tags tags={['vip', 'billing', 'gdpr']} max={1} />);
    expect(screen.getByText('vip')).toBeInTheDocument();
    expect(screen.queryByText('billing')).not.toBeInTheDocument();
    expect(screen.getByText('+2')).toBeInTheDocument();
    expect(screen.getByTitle('vip, billing, gdpr')).toBeInTheDocument();
  });

  it('shows nothing for no tags', () => {
    renderWithApp(
      <div data-testid="cell">
        <Tags tags={[]} max={1} />
      </div>,
    );
    expect(screen.getByTestId('cell')).toBeEmptyDOMElement();
  });
});
