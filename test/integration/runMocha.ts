/** What both extension hosts run the integration suites with. */
export const MOCHA_OPTIONS = { ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' } as const;

/** Runs the suites loaded into `mocha`; rejects when a test failed, which the launchers report as exit code 1. */
export function runMocha(mocha: Mocha): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
}
