// The companion extension of the integration rig (test/integration/run.mjs). The rig installs it
// next to Tenancy in a throw-away extensions folder and starts code-server with TENANCY_IT_CONFIG
// naming a JSON run configuration; the server hands its environment to the extension host, so this
// code finds it there. It then runs the bundled suites with the shared loader
// (out/integration/host/runSuites.js) and streams each result as one JSON line to `eventsFile`,
// which the rig prints as it arrives; `resultsFile` gets the whole report at the end.
//
// Without TENANCY_IT_CONFIG it does nothing. It deliberately does not declare Tenancy in
// `extensionDependencies`: that would activate Tenancy itself and hide a broken `activationEvents`.
'use strict';
const fs = require('node:fs');
const vscode = require('vscode');

/** @param {import('vscode').ExtensionContext} context */
function activate(context) {
  const configPath = process.env.TENANCY_IT_CONFIG;
  if (!configPath) return;
  const config = JSON.parse(fs.readFileSync(configPath, 'utf8'));
  const emit = (event) => fs.appendFileSync(config.eventsFile, `${JSON.stringify(event)}\n`);
  const report = {
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    appHost: vscode.env.appHost,
    remoteName: vscode.env.remoteName ?? null,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    node: process.version,
    tests: [],
  };
  emit({ type: 'host', ...report, tests: undefined, companion: context.extension.id });

  // Not awaited: activation returns at once and the suites run while the workbench goes on starting.
  void (async () => {
    try {
      const { runSuites } = require(config.runnerModule);
      const summary = await runSuites({
        suiteDir: config.suiteDir,
        grep: config.grep,
        timeoutMs: config.timeoutMs,
        forbidOnly: config.forbidOnly,
        fixture: config.fixture,
        onEvent: (event) => {
          if (event.type === 'test') report.tests.push(event);
          emit(event);
        },
      });
      Object.assign(report, summary);
    } catch (error) {
      report.error = { message: String(error?.message ?? error), stack: error?.stack };
      emit({ type: 'error', ...report.error });
    } finally {
      const partial = `${config.resultsFile}.partial`;
      fs.writeFileSync(partial, JSON.stringify(report, null, 2));
      fs.renameSync(partial, config.resultsFile);
      emit({ type: 'done' });
    }
  })();
}

module.exports = { activate, deactivate() {} };
