import { screen } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { SearchField } from './SearchField';

function Controlled({ onSearch }: { onSearch: (text: string) => void }) {
  const [text, setText] = useState('');
  return (
    <SearchField
      label="Search things"
      value={text}
      onSearch={(t) => {
        setText(t);
        onSearch(t);
      }}
      type="search"
      data-autofocus
    />
  );
}

describe('SearchField', () => {
  it('hands each keystroke’s text to onSearch and passes the other props to the text box', async () => {
    const onSearch = vi.fn();
    const { user, container } = renderWithApp(<Controlled onSearch={onSearch} />);
    const box = screen.getByRole('searchbox', { name: 'Search things' });
    expect(box).toHaveAttribute('data-autofocus');
    await user.type(box, 'vip');
    expect(onSearch.mock.calls.map(([t]) => t)).toEqual(['v', 'vi', 'vip']);
    expect(box).toHaveValue('vip');
    // The search icon sits in the box's left section.
    expect(container.querySelector('[data-position="left"] svg')).not.toBeNull();
  });
});
