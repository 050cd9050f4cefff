import { useState } from 'react';
import { basicFields, type FieldName, type FormValues } from './formValues';
import { validate, type FormErrors } from './validate';

export type TabName = 'basic' | 'config';

/** The form's state: values, errors (shown under fields) and the open tab. */
export function useIntegrationForm(initial: FormValues) {
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [tab, setTab] = useState<TabName>('basic');

  function setField<K extends FieldName>(field: K, value: FormValues[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  }

  /** showErrors puts errors on their fields and opens the first tab that has one. */
  function showErrors(next: FormErrors) {
    setErrors(next);
    const failed = Object.keys(next).filter((k) => next[k as FieldName]) as FieldName[];
    if (failed.length === 0) return;
    setTab(failed.some((f) => basicFields.includes(f)) ? 'basic' : 'config');
  }

  /** check validates everything, shows what is wrong, and says whether the form can be saved. */
  function check(): boolean {
    const found = validate(values);
    showErrors(found);
    return Object.keys(found).length === 0;
  }

  /** next leaves "Basic" for "Authentication & configuration" when the basic fields are valid. */
  function next() {
    const found = validate(values);
    const basic: FormErrors = {};
    for (const f of basicFields) if (found[f]) basic[f] = found[f];
    if (Object.keys(basic).length > 0) {
      setErrors((e) => ({ ...e, ...basic }));
      return;
    }
    setTab('config');
  }

  return { values, errors, tab, setTab, setField, showErrors, check, next };
}

export type IntegrationForm = ReturnType<typeof useIntegrationForm>;
