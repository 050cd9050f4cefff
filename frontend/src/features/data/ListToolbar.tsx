import { Group } from '@mantine/core';
import { SearchField } from '../../components/SearchField';
import { IntegrationPicker, type IntegrationPickerProps } from './IntegrationPicker';

export interface ListToolbarProps {
  /** picker chooses whose local data the list shows. */
  picker: IntegrationPickerProps;
  /** The search box's label and example; text is what is typed, onText gets every keystroke. */
  searchLabel: string;
  placeholder: string;
  text: string;
  onText: (text: string) => void;
}

/** ListToolbar is a list screen's bar: the integration whose data it shows and words to narrow it. */
export function ListToolbar({ picker, searchLabel, placeholder, text, onText }: ListToolbarProps) {
  return (
    <Group align="flex-end" gap="sm">
      <IntegrationPicker {...picker} />
      <SearchField label={searchLabel} placeholder={placeholder} value={text} onSearch={onText} type="search" w={320} />
    </Group>
  );
}
