// Validates Kubernetes manifests against the Kubernetes API's schemas, as the kubernetes-models package generates
// them from the API's OpenAPI definitions: every field's type, required fields, enumerations and formats (not
// unknown fields, which the API's schemas allow). Reads the JSON list quarkus-kubernetes writes, or the `yaml` blocks
// of a Markdown page (the manifests the documentation asks operators to apply). Exits non-zero on an invalid one.
// Usage: node src/test/js/validate-manifests.mjs target/kubernetes/kubernetes.json
//        node src/test/js/validate-manifests.mjs docs/operators.md
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const file = process.argv[2] ?? 'target/kubernetes/kubernetes.json';
const text = readFileSync(file, 'utf8');
const resources = file.endsWith('.md')
  ? [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].flatMap((block) => parseAllDocuments(block[1]).map((doc) => doc.toJS()))
  : JSON.parse(text);
if (resources.length === 0) {
  console.error(`FAILED: no manifest in ${file}`);
  process.exit(1);
}
let invalid = 0;
for (const resource of resources) {
  // apps/v1 Deployment is kubernetes-models/apps/v1/Deployment; the core group's v1 Service is v1/Service.
  const [group, version] = resource.apiVersion.includes('/') ? resource.apiVersion.split('/') : [null, resource.apiVersion];
  const module = `kubernetes-models/${group ? `${group}/` : ''}${version}/${resource.kind}`;
  const { [resource.kind]: Model } = await import(module);
  try {
    new Model(resource).validate();
    console.log(`valid: ${resource.kind} ${resource.metadata.name} (${resource.apiVersion})`);
  } catch (error) {
    invalid += 1;
    console.error(`INVALID: ${resource.kind} ${resource.metadata.name}: ${error.message}`);
  }
}
console.log(`${invalid ? 'FAILED' : 'passed'}: ${resources.length} resources of ${file} against the Kubernetes schemas`);
process.exit(invalid ? 1 : 0);
