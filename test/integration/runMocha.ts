/** What both extension hosts run the integration suites with. */
// The timeout ends a test that never finishes: it bounds no speed, so it is generous for a busy machine.
export const MOCHA_OPTIONS = { ui: 'bdd', color: false, timeout: 2 * 60_000, reporter: 'spec' } as const;

/** Runs the suites loaded into `mocha`; rejects when a test failed, which the launchers report as exit code 1. */
export function runMocha(mocha: Mocha): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
