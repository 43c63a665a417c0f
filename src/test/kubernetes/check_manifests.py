#!/usr/bin/env python3
"""Checks the Kubernetes manifests that quarkus-kubernetes wrote into target/kubernetes at package time.

    python3 src/test/kubernetes/check_manifests.py --database h2          # after ./mvnw package
    python3 src/test/kubernetes/check_manifests.py --database postgresql  # after ./mvnw package -Ppostgres

The probes' paths are the ones the integration tests call (OperationsEndpointsTest); the memory request is sized
from the native binary's measured resident memory (README, "Figures"). Exits non-zero on the first failed check.
"""
import argparse
import json
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--database", choices=["h2", "postgresql"], required=True)
parser.add_argument("--manifests", default="target/kubernetes/kubernetes.json")
args = parser.parse_args()

with open(args.manifests) as f:
    resources = json.load(f)
by_kind = {r["kind"]: r for r in resources}
failures = 0


def check(description, actual, expected):
    global failures
    if actual == expected:
        print(f"ok: {description}")
    else:
        failures += 1
        print(f"FAIL: {description}: expected {expected!r}, found {actual!r}", file=sys.stderr)


check("resource kinds", sorted(by_kind), ["Deployment", "PodDisruptionBudget", "Service"])
deployment = by_kind["Deployment"]
pod = deployment["spec"]["template"]["spec"]
container = pod["containers"][0]
service = by_kind["Service"]

check("liveness probe", container["livenessProbe"]["httpGet"]["path"], "/q/health/live")
check("readiness probe (with the database check)", container["readinessProbe"]["httpGet"]["path"], "/q/health/ready")
check("startup probe", container["startupProbe"]["httpGet"]["path"], "/q/health/started")
check("container port", [(p["name"], p["containerPort"]) for p in container["ports"]], [("http", 8080)])
check("service port", [(p["port"], p["targetPort"]) for p in service["spec"]["ports"]], [(80, 8080)])
check("memory request and limit", (container["resources"]["requests"]["memory"],
                                    container["resources"]["limits"]["memory"]), ("128Mi", "256Mi"))
check("Prometheus scrape annotations", (deployment["spec"]["template"]["metadata"]["annotations"]["prometheus.io/path"],
                                        deployment["spec"]["template"]["metadata"]["annotations"]["prometheus.io/scrape"]),
      ("/q/metrics", "true"))
check("runs as the images' non-root user, owning its volume", (pod["securityContext"]["runAsNonRoot"],
      pod["securityContext"]["runAsUser"], pod["securityContext"]["fsGroup"]), (True, 1001, 1001))
check("image", container["image"], "docker.io/caravan/caravan:1.0.0-SNAPSHOT")

# An upgrade changes the version label; the selectors, which a Deployment cannot change, must not name it.
stable = {"app.kubernetes.io/name": "caravan"}
check("Deployment selector on stable labels only", deployment["spec"]["selector"]["matchLabels"], stable)
check("Service selector on stable labels only", service["spec"]["selector"], stable)
check("PodDisruptionBudget selector on stable labels only", by_kind["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"], stable)
pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
check("the selectors match the pod's labels", {k: pod_labels.get(k) for k in stable}, stable)
check("PodDisruptionBudget: one pod at a time", by_kind["PodDisruptionBudget"]["spec"].get("maxUnavailable"), 1)

# The restricted Pod Security Standard (https://kubernetes.io/docs/concepts/security/pod-security-standards/).
container_security = container.get("securityContext", {})
check("restricted: no privilege escalation", container_security.get("allowPrivilegeEscalation"), False)
check("restricted: every capability dropped", container_security.get("capabilities", {}).get("drop"), ["ALL"])
check("restricted: the runtime's default seccomp profile",
      (container_security.get("seccompProfile") or pod["securityContext"].get("seccompProfile", {})).get("type"),
      "RuntimeDefault")
check("restricted: runs as non-root", (pod["securityContext"].get("runAsNonRoot"), container_security.get("runAsNonRoot")),
      (True, True))
check("restricted: not privileged", container_security.get("privileged", False), False)
check("restricted: no host namespaces", [pod.get(k, False) for k in ("hostNetwork", "hostPID", "hostIPC")],
      [False, False, False])
allowed_volumes = {"emptyDir", "persistentVolumeClaim", "secret", "configMap", "projected", "downwardAPI"}
check("restricted: only the allowed volume types",
      sorted({kind for v in pod.get("volumes", []) for kind in v if kind != "name"} - allowed_volumes), [])
check("read-only root filesystem", container_security.get("readOnlyRootFilesystem"), True)
check("a writable /tmp on an emptyDir", sorted(
      m["mountPath"] for m in container.get("volumeMounts", [])
      if any(v["name"] == m["name"] and "emptyDir" in v for v in pod.get("volumes", []))), ["/tmp"])
check("CPU request and limit", (container["resources"]["requests"].get("cpu"), container["resources"]["limits"].get("cpu")),
      ("250m", "2"))

secrets = [source["secretRef"]["name"] for source in container.get("envFrom", []) if "secretRef" in source]
claims = [v["persistentVolumeClaim"]["claimName"] for v in pod.get("volumes", []) if "persistentVolumeClaim" in v]
mounts = [m["mountPath"] for m in container.get("volumeMounts", [])]
env = {e["name"]: e.get("value") for e in container.get("env", [])}
if args.database == "h2":
    check("H2: one replica", deployment["spec"]["replicas"], 1)
    check("H2: the old pod stops before the new one opens the file", deployment["spec"]["strategy"]["type"], "Recreate")
    check("H2: the database on a persistent volume claim", (claims, sorted(mounts)), (["caravan-data"], ["/tmp", "/work/data"]))
    check("H2: no database secret", secrets, [])
    check("H2: cached answers kept until the next write", env.get("CARAVAN_RESPONSE_CACHE_MAX_AGE"), None)
else:
    check("PostgreSQL: several replicas", deployment["spec"]["replicas"], 3)
    check("PostgreSQL: rolling updates", deployment["spec"]["strategy"].get("type", "RollingUpdate"), "RollingUpdate")
    check("PostgreSQL: no volume but /tmp", (claims, mounts), ([], ["/tmp"]))
    check("PostgreSQL: connection settings from a secret", secrets, ["caravan-postgres"])
    # replicas notice each other's writes (caravan.shared-database.check-interval): cached answers need no expiry
    check("PostgreSQL: cached answers kept until a write, here or through another replica",
          env.get("CARAVAN_RESPONSE_CACHE_MAX_AGE"), None)

print(f"{'FAILED' if failures else 'passed'}: {args.manifests} ({args.database})")
sys.exit(1 if failures else 0)
