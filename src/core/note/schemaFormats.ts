import { isRealDate } from '../base/days';
import { parseContacts } from './contact';
import { hasPlaceholder } from './placeholders';

/**
 * The formats the schemas name, as their compiled validators call them
 * (scripts/precompiled-schemas.mjs): a day is a real one, as everywhere else a note's day
 * is judged; the recap addresses the contact, so it is held to the same reading as there
 * (a template's `{{Name <email>}}` is unfilled-placeholder's to report).
 */
export const schemaFormats = {
  date: { type: 'string', validate: isRealDate },
  contact: { type: 'string', validate: (value: string) => hasPlaceholder(value) || parseContacts(value).ok },
};
