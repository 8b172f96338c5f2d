import type { DigestFiles } from '../../core/digest/noteDigest';

/**
 * In a browser (vscode.dev) there is no disk and no worker thread to read it: the web
 * build puts this module in the place of src/node/diskDigests.ts, and the workspace
 * digest reads every note through `vscode.workspace.fs`.
 */
export function digestFilesOnDisk(_script: string): DigestFiles | undefined {
  return undefined;
}
