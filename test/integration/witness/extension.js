// The activation witness of the integration rig: it does nothing but become active when VS Code
// fires `onLanguage:yaml`, so a suite can tell that the event happened before asserting that
// Tenancy, which no longer listens to it, stayed inactive.
'use strict';
module.exports = { activate() {}, deactivate() {} };
