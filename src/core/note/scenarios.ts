/** The difficult conversations Client Notes has templates for, with a line each for pickers and hovers. */
export const SCENARIOS = [
  { id: 'scope-change', label: 'Scope change', description: 'The client wants more, less or different work than agreed.' },
  { id: 'missed-deadline', label: 'Missed deadline', description: 'A date slipped; own it and agree a revised timeline.' },
  { id: 'price-increase', label: 'Price increase', description: 'Raising your rates or the price of ongoing work.' },
  { id: 'budget-constraints', label: 'Budget constraints', description: 'The client cannot pay for everything they asked for.' },
  {
    id: 'unrealistic-expectations',
    label: 'Unrealistic expectations',
    description: 'What the client expects does not fit the time, budget or brief.',
  },
  { id: 'quality-complaint', label: 'Quality complaint', description: 'The client is unhappy with work you delivered.' },
  { id: 'invoice-dispute', label: 'Invoice dispute', description: 'An invoice is questioned, late or unpaid.' },
  { id: 'miscommunication', label: 'Miscommunication', description: 'Each side understood something different.' },
  { id: 'contract-termination', label: 'Contract termination', description: 'Ending the engagement, on your side or theirs.' },
  { id: 'other', label: 'Other', description: 'Any other hard conversation with a client.' },
] as const;

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

export const CHANNELS = [
  { id: 'in-person', description: 'Face to face.' },
  { id: 'video-call', description: 'A video call.' },
  { id: 'phone', description: 'A phone call.' },
  { id: 'email', description: 'Email only: written, not live.' },
  { id: 'chat', description: 'Chat or messages only: written, not live.' },
] as const;
