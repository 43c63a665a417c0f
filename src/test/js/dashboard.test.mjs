// The Grafana dashboard in the deployment files (src/main/kubernetes/monitoring/grafana-dashboard.json) against a
// running Caravan: every query is valid PromQL (promtool check rules) and every metric it reads is one /q/metrics has.
// Usage: CARAVAN_URL=http://localhost:8080 node --test dashboard.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.env.CARAVAN_URL ?? 'http://localhost:8080';
const dashboard = JSON.parse(readFileSync(
  new URL('../../main/kubernetes/monitoring/grafana-dashboard.json', import.meta.url), 'utf8'));
const queries = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
// Grafana's variables, as Grafana fills them in.
const asPrometheusSees = (expr) => expr.replaceAll('$__rate_interval', '5m').replaceAll('$job', 'caravan');

test('every dashboard query is valid PromQL', () => {
  assert.ok(queries.length >= 8, `${queries.length} queries`);
  const dir = mkdtempSync(join(tmpdir(), 'caravan-dashboard-'));
  try {
    const rules = queries.map((expr, i) => `      - record: caravan:dashboard_query_${i}\n        expr: '${asPrometheusSees(expr).replaceAll("'", "''")}'`);
    writeFileSync(join(dir, 'rules.yml'), `groups:\n  - name: dashboard\n    rules:\n${rules.join('\n')}\n`);
    execFileSync('promtool', ['check', 'rules', join(dir, 'rules.yml')], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every metric a dashboard query reads is served at /q/metrics', async () => {
  // One request, so that the per-operation series exist.
  await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query DashboardProbe { sources { id } }' }),
  });
  const exposition = await (await fetch(`${base}/q/metrics`, { headers: { accept: 'text/plain' } })).text();
  const served = new Set(exposition.split('\n').filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(/[{ ]/)[0]));
  for (const expr of queries) {
    const read = [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)].map((match) => match[1]);
    assert.ok(read.length > 0, `a query that reads no metric: ${expr}`);
    for (const metric of read) {
      assert.ok(served.has(metric), `${metric}, read by "${expr}", is not at /q/metrics`);
    }
  }
});
