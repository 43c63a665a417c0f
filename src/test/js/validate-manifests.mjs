// Validates Kubernetes manifests against the Kubernetes API's schemas, as the kubernetes-models package generates
// them from the API's OpenAPI definitions: every field's type, required fields, enumerations and formats (not
// unknown fields, which the API's schemas allow). Exits non-zero on the first invalid resource.
// Usage: node src/test/js/validate-manifests.mjs target/kubernetes/kubernetes.json
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'target/kubernetes/kubernetes.json';
const resources = JSON.parse(readFileSync(file, 'utf8'));
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
