// The "N services" workload (shared/BENCHMARK.md) written with cdk8s + cdk8s-plus-30, for
// benchmarks/whole-process: node nservices.js N OUT single|per-object
// Deployment, ConfigMap and Service through cdk8s-plus (its secure defaults included); the HPA,
// PDB and NetworkPolicy through the generated L1 classes, as cdk8s-plus users do for kinds it
// does not model with these fields.
'use strict';
const fs = require('fs');
const { App, Chart, Size, Duration, YamlOutputType } = require('cdk8s');
const kplus = require('cdk8s-plus-30');
const k8s = require('cdk8s-plus-30/lib/imports/k8s');

const n = Number(process.argv[2] || 100);
const outdir = process.argv[3] || 'dist';
const single = (process.argv[4] || 'single') === 'single';
fs.rmSync(outdir, { recursive: true, force: true });

const app = new App({
  outdir,
  yamlOutputType: single ? YamlOutputType.FILE_PER_CHART : YamlOutputType.FILE_PER_RESOURCE,
});
const chart = new Chart(app, 'bench', { namespace: 'bench', disableResourceNameHashes: true });
new kplus.Namespace(chart, 'ns', { metadata: { name: 'bench', namespace: undefined } });

for (let i = 0; i < n; i++) {
  const name = `svc-${i}`;
  const labels = { 'app.kubernetes.io/name': name };
  const config = new kplus.ConfigMap(chart, `${name}-config`, {
    metadata: { name: `${name}-config` },
    data: {
      'application.properties': `service.name=${name}\nserver.port=8080\n`,
      'logging.properties': `level.root=INFO\nlevel.${name}=DEBUG\n`,
      'features.properties': `feature.search=${i % 2 === 0}\nfeature.cache.ttl=${i % 60}\n`,
    },
  });
  const deployment = new kplus.Deployment(chart, name, {
    metadata: { name },
    replicas: 3,
    podMetadata: { labels },
    select: false,
    securityContext: { ensureNonRoot: true },
  });
  deployment.select(kplus.LabelSelector.of({ labels }));
  const container = deployment.addContainer({
    name: 'app',
    image: `registry.example.com/${name}:1.0.${i}`,
    ports: [{ number: 8080, name: 'http' }],
    resources: {
      cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
      memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
    },
    readiness: kplus.Probe.fromHttpGet('/healthz', { port: 8080 }),
    liveness: kplus.Probe.fromHttpGet('/livez', { port: 8080 }),
    envVariables: { SERVICE_NAME: kplus.EnvValue.fromValue(name) },
    securityContext: { ensureNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
  });
  container.mount('/etc/config', kplus.Volume.fromConfigMap(chart, `${name}-vol`, config));
  new kplus.Service(chart, `${name}-service`, {
    metadata: { name },
    type: kplus.ServiceType.CLUSTER_IP,
    selector: deployment,
    ports: [{ port: 80, targetPort: 8080 }],
  });
  new k8s.KubeHorizontalPodAutoscalerV2(chart, `${name}-hpa`, {
    metadata: { name },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: 3,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  });
  new k8s.KubePodDisruptionBudget(chart, `${name}-pdb`, {
    metadata: { name },
    spec: { minAvailable: k8s.IntOrString.fromNumber(2), selector: { matchLabels: labels } },
  });
  new k8s.KubeNetworkPolicy(chart, `${name}-netpol`, {
    metadata: { name },
    spec: {
      podSelector: { matchLabels: labels },
      policyTypes: ['Ingress'],
      ingress: [{
        from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': `svc-${(i + 1) % n}` } } }],
        ports: [{ port: k8s.IntOrString.fromNumber(8080), protocol: 'TCP' }],
      }],
    },
  });
}
app.synth();
