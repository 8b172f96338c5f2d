/**
 * The signals a client's history draws from the notes (`digest/history.ts`), by id, with
 * the threshold each starts at: how many notes or steps make the signal. A setting
 * (`history.signals.<id>`) gives another number, or `off`.
 */
export const HISTORY_SIGNALS = {
  /** The same scenario this many times within 180 days. */
  'recurring-scenario': 3,
  /** This many of the client's dated steps, at least half done late or overdue. */
  'late-commitments': 3,
  /** The same boundary written in this many notes. */
  'boundary-restated': 3,
  /** This many invoice disputes within 365 days. */
  'payment-trouble': 2,
  /** This many conversations in the last 60 days. */
  escalation: 3,
} as const;

export type HistorySignalId = keyof typeof HISTORY_SIGNALS;

export const HISTORY_SIGNAL_IDS = Object.keys(HISTORY_SIGNALS) as HistorySignalId[];

/** A signal's threshold: a count from 1 up, or `off`. */
export type SignalThreshold = number | 'off';

export type SignalThresholds = Record<HistorySignalId, SignalThreshold>;

/** What each signal says, for the settings and the schema. */
export const HISTORY_SIGNAL_DESCRIPTIONS: Record<HistorySignalId, string> = {
  'recurring-scenario': 'The same scenario this many times within 180 days.',
  'late-commitments': "This many of the client's dated next steps, at least half of them done late or overdue.",
  'boundary-restated': 'The same boundary written in this many notes.',
  'payment-trouble': 'This many invoice disputes within 365 days.',
  escalation: 'This many conversations in the last 60 days.',
};

/** The thresholds of a layer of settings over `base`: a whole number from 1, or `off`; anything else is left as it was. */
export function withSignalThresholds(base: SignalThresholds, layer: unknown): SignalThresholds {
  if (!layer || typeof layer !== 'object' || Array.isArray(layer)) return base;
  const resolved = { ...base };
  for (const id of HISTORY_SIGNAL_IDS) {
    const value = (layer as Record<string, unknown>)[id];
    if (value === 'off' || (typeof value === 'number' && Number.isInteger(value) && value >= 1)) resolved[id] = value;
  }
  return resolved;
}
