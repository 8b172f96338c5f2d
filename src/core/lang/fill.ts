import type { Plural } from './pack';

/** A template's `{name}` parts filled in from `values`, in one pass: a value is never read as a template. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The form of `forms` a count takes in a language (`language`, its code), filled in with `{count}` and `values`. */
export function fillCount(forms: Plural, count: number, language: string, values: Readonly<Record<string, string | number>> = {}): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { ...values, count });
}
