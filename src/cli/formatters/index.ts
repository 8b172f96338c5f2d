import { json } from './json';
import type { Formatter } from './report';
import { sarif } from './sarif';
import { stylish } from './stylish';

export type { FileReport, Formatter, FormatWriter, LocatedMessage } from './report';
export { withLineColumns } from './report';

/** The output formats of `lint --format`, the first is the default. */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif };
