import { TextInput, type TextInputProps } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';

export type SearchFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> & {
  value: string;
  /** onSearch gets the text as typed, on every keystroke. */
  onSearch: (text: string) => void;
};

/** SearchField is a text box for search words, marked with the search icon. */
export function SearchField({ value, onSearch, ...props }: SearchFieldProps) {
  return (
    <TextInput
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => onSearch(e.currentTarget.value)}
      {...props}
    />
  );
}
