// Runs graphql-http's server audit (GraphQL over HTTP conformance) against a running Caravan.
// Usage: node audit.mjs http://localhost:8080/graphql
// Prints every audit with its level and outcome, then a tally per level; exits 1 if any audit fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const results = await auditServer({ url });
const tally = {};
for (const result of results) {
  const level = result.name.split(' ')[0];
  const ok = result.status === 'ok';
  tally[level] ??= { passed: 0, total: 0 };
  tally[level].total++;
  if (ok) tally[level].passed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${result.id} ${result.name}${ok ? '' : `: ${result.reason}`}`);
}
for (const [level, { passed, total }] of Object.entries(tally)) {
  console.log(`${level}: ${passed}/${total} passed`);
}
const failed = results.filter((result) => result.status !== 'ok');
if (failed.length > 0) {
  console.error(`${failed.length} audit(s) failed: ${failed.map((result) => result.id).join(', ')}`);
  process.exit(1);
}
