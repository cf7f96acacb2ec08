import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from './src/core/analyze';
import { buildDiagram, renderSvg, LIGHT_THEME } from './src/core/diagram';
import { elkLayout } from './src/core/diagram/elkEngine';
(async () => {
  for (const file of ['examples/contoso.tenancy.yaml', 'test/fixtures/rules/msp.tenancy.yaml', 'test/fixtures/rules/large-clean.tenancy.yaml', 'test/fixtures/diagram/partners.tenancy.yaml', 'test/fixtures/rules/enterprise-groups.tenancy.yaml', 'test/fixtures/rules/access.tenancy.yaml', 'test/fixtures/diagram/platform-roles.tenancy.yaml']) {
    const t = Date.now();
    const m = await buildDiagram(analyze(readFileSync(file, 'utf8')), {}, elkLayout);
    console.log(file, m.width, 'x', m.height, (m.width / m.height).toFixed(2), m.containers.length, 'dirs', Date.now() - t, 'ms');
    writeFileSync('/tmp/ui21/' + file.split('/').pop() + '.svg', renderSvg(m, LIGHT_THEME));
  }
})();
