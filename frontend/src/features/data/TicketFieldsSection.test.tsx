import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../../test/render';
import { ticketDetail } from './testData';
import { TicketFieldsSection } from './TicketFieldsSection';

function fieldsRegion() {
  return screen.getByRole('region', { name: 'Fields' });
}

function valueOf(label: string) {
  return within(fieldsRegion()).getByText(label).nextElementSibling?.textContent;
}

describe('TicketFieldsSection', () => {
  it('shows brand, form, rating and each custom field by title with its shown value', () => {
    renderWithApp(
      <TicketFieldsSection
        ticket={ticketDetail(1, [], {
          brandName: 'Acme Labs',
          formName: 'Billing request',
          satisfactionScore: 'good',
          satisfactionComment: 'Quick and friendly.',
          fields: [
            { id: 1, title: 'Plan', type: 'tagger', value: 'Gold plan' },
            { id: 2, title: 'Escalated', type: 'checkbox', value: 'No' },
            { id: 3, title: 'Products', type: 'multiselect', value: 'Billing, Public API' },
            { id: 4, title: 'Follow-up date', type: 'date', value: 'Mar 9, 2026' },
          ],
        })}
      />,
    );
    expect(valueOf('Brand')).toBe('Acme Labs');
    expect(valueOf('Form')).toBe('Billing request');
    expect(valueOf('Plan')).toBe('Gold plan');
    expect(valueOf('Escalated')).toBe('No');
    expect(valueOf('Products')).toBe('Billing, Public API');
    expect(valueOf('Follow-up date')).toBe('Mar 9, 2026');
    expect(within(fieldsRegion()).getByText('Good')).toBeInTheDocument();
    expect(within(fieldsRegion()).getByText('“Quick and friendly.”')).toBeInTheDocument();
    expect(screen.queryByText('No custom field has a value on this ticket.')).toBeNull();
  });

  it('says when nothing is known, and shows field values as text, never HTML', () => {
    renderWithApp(
      <TicketFieldsSection
        ticket={ticketDetail(1, [], { fields: [{ id: 9, title: 'Note', type: 'text', value: '<b>bold</b>' }] })}
      />,
    );
    expect(valueOf('Brand')).toBe('—');
    expect(valueOf('Satisfaction')).toBe('—');
    expect(valueOf('Note')).toBe('<b>bold</b>');
    expect(fieldsRegion().querySelector('b')).toBeNull();
  });

  it.each([
    ['bad', 'Bad'],
    ['offered', 'Offered, not rated'],
    ['unoffered', 'Not offered'],
  ])('names the rating %s', (score, label) => {
    renderWithApp(<TicketFieldsSection ticket={ticketDetail(1, [], { satisfactionScore: score })} />);
    expect(within(fieldsRegion()).getByText(label)).toBeInTheDocument();
  });
});
