// A named import: the bundle keeps only this field of package.json.
import { version } from '../../package.json';

export const VERSION: string = version;
