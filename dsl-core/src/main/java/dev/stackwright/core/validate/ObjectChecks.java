package dev.stackwright.core.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplate;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;
import java.util.Set;

/**
 * The object-level pass: what the API server would refuse in one synthesized object, whichever
 * component or patch made it. Every object's metadata is checked (name per kind, namespace, label
 * and annotation keys and values, annotation size); built-in kinds are also checked inside (pod
 * templates and their labels, selectors, resource amounts, CronJob time zones, names the
 * controllers derive from the object's name, a few enums), and Flux objects' Go durations. Each
 * rule is defined once, in {@link Names}, {@link Labels}, {@link Quantities} and {@link TimeZones};
 * this class only knows where the fields are. One pass may check objects on several threads at
 * once: it holds nothing that a check changes.
 */
public final class ObjectChecks {
  /** The typed class each built-in kind whose fields are checked inside is read as. */
  private static final Map<String, Class<? extends HasMetadata>> INSIDE =
      Map.ofEntries(
          Map.entry("apps/Deployment", Deployment.class),
          Map.entry("apps/StatefulSet", StatefulSet.class),
          Map.entry("apps/DaemonSet", DaemonSet.class),
          Map.entry("apps/ReplicaSet", ReplicaSet.class),
          Map.entry("batch/Job", Job.class),
          Map.entry("batch/CronJob", CronJob.class),
          Map.entry("/Pod", Pod.class),
          Map.entry("/PodTemplate", PodTemplate.class),
          Map.entry("/ReplicationController", ReplicationController.class),
          Map.entry("/Service", Service.class),
          Map.entry("policy/PodDisruptionBudget", PodDisruptionBudget.class),
          Map.entry("networking.k8s.io/NetworkPolicy", NetworkPolicy.class),
          Map.entry("/ResourceQuota", ResourceQuota.class),
          Map.entry("/LimitRange", LimitRange.class),
          Map.entry("/PersistentVolumeClaim", PersistentVolumeClaim.class),
          Map.entry("/PersistentVolume", PersistentVolume.class));

  private static final Set<String> SERVICE_TYPES =
      Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName");
  private static final Set<String> FLUX_GROUPS =
      Set.of("source.toolkit.fluxcd.io", "helm.toolkit.fluxcd.io", "kustomize.toolkit.fluxcd.io");

  private final Map<String, String> inheritedAnnotations;
  private final PodSpecChecks pods;

  /**
   * A pass over the objects of one stack.
   *
   * @param inheritedAnnotations annotations the stack adds to every object later, counted in the
   *     size limit
   * @param references what the stack provides for pods to refer to by name
   */
  public ObjectChecks(Map<String, String> inheritedAnnotations, ConfigReferences references) {
    this.inheritedAnnotations = Map.copyOf(inheritedAnnotations);
    this.pods = new PodSpecChecks(references);
  }

  /**
   * Checks {@code object}, reporting to {@code at} (positioned at the object, e.g. {@code stack
   * shop / workload api / Deployment api}).
   */
  public void check(HasMetadata object, Checks at) {
    ObjectMeta meta = object.getMetadata();
    String kind = object.getKind();
    if (meta == null || meta.getName() == null) {
      at.error(Rules.INVALID_NAME, "metadata.name", "the object has no name");
    } else {
      at.objectName("metadata.name", kind, meta.getName());
    }
    if (meta == null) {
      return;
    }
    if (meta.getNamespace() != null) {
      at.label("metadata.namespace", meta.getNamespace());
    }
    at.labels("metadata.labels", meta.getLabels());
    at.annotations("metadata.annotations", meta.getAnnotations(), inheritedAnnotations);
    String group = KnownKinds.groupOf(object.getApiVersion());
    Class<? extends HasMetadata> type = INSIDE.get(group + "/" + kind);
    if (type != null) {
      HasMetadata typed = typed(object, type, at);
      if (typed != null) {
        inside(typed, meta.getName(), meta.getNamespace(), at);
      }
    } else if (FLUX_GROUPS.contains(group)) {
      durations(Yaml.tree(object).path("spec"), at);
    }
  }

  /**
   * The object as fabric8's class for its kind: itself when it is one (every object the layers
   * make), else read into it (a generic object of a built-in kind); null, with an error, when its
   * fields do not fit the kind.
   */
  private static HasMetadata typed(
      HasMetadata object, Class<? extends HasMetadata> type, Checks at) {
    if (type.isInstance(object)) {
      return object;
    }
    try {
      return Yaml.mapper().convertValue(object, type);
    } catch (IllegalArgumentException e) {
      at.error(
          Rules.MANIFEST,
          "",
          "is not a valid %s: %s",
          object.getKind(),
          e.getCause() instanceof JsonProcessingException j
              ? j.getOriginalMessage()
              : e.getMessage());
      return null;
    }
  }

  private void inside(HasMetadata object, String name, String namespace, Checks at) {
    if (object instanceof Deployment d && d.getSpec() != null) {
      workload(d.getSpec().getSelector(), d.getSpec().getTemplate(), namespace, at);
    } else if (object instanceof DaemonSet d && d.getSpec() != null) {
      workload(d.getSpec().getSelector(), d.getSpec().getTemplate(), namespace, at);
    } else if (object instanceof ReplicaSet r && r.getSpec() != null) {
      workload(r.getSpec().getSelector(), r.getSpec().getTemplate(), namespace, at);
    } else if (object instanceof StatefulSet s) {
      if (s.getSpec() != null) {
        workload(s.getSpec().getSelector(), s.getSpec().getTemplate(), namespace, at);
      }
      StatefulSetChecks.check(s.getSpec(), name, at);
    } else if (object instanceof Job j) {
      if (j.getSpec() != null) {
        workload(j.getSpec().getSelector(), j.getSpec().getTemplate(), namespace, at);
      }
      if (name != null && name.length() > Labels.MAX_NAME) {
        at.error(
            Rules.INVALID_NAME,
            "metadata.name",
            "a Job name must be at most 63 characters (its pods carry it in the job-name label),"
                + " was %d",
            name.length());
      }
    } else if (object instanceof CronJob c && c.getSpec() != null) {
      cronJob(c.getSpec(), namespace, at);
    } else if (object instanceof Pod p && p.getSpec() != null) {
      pods.spec(p.getSpec(), "spec", namespace, at);
    } else if (object instanceof PodTemplate t) {
      pods.template(t.getTemplate(), "template", namespace, at);
    } else if (object instanceof ReplicationController r && r.getSpec() != null) {
      at.labels("spec.selector", r.getSpec().getSelector());
      pods.template(r.getSpec().getTemplate(), "spec.template", namespace, at);
    } else if (object instanceof Service s && s.getSpec() != null) {
      at.labels("spec.selector", s.getSpec().getSelector());
      FieldChecks.oneOf(s.getSpec().getType(), SERVICE_TYPES, "spec.type", at);
      FieldChecks.each(
          s.getSpec().getPorts(),
          "spec.ports",
          (p, f) ->
              FieldChecks.oneOf(p.getProtocol(), PodSpecChecks.PROTOCOLS, f + ".protocol", at));
    } else if (object instanceof PodDisruptionBudget b && b.getSpec() != null) {
      FieldChecks.selector(b.getSpec().getSelector(), "spec.selector", at);
    } else if (object instanceof NetworkPolicy n && n.getSpec() != null) {
      networkPolicy(n.getSpec(), at);
    } else if (object instanceof ResourceQuota q && q.getSpec() != null) {
      FieldChecks.amounts(q.getSpec().getHard(), "spec.hard", at);
    } else if (object instanceof LimitRange l && l.getSpec() != null) {
      FieldChecks.each(
          l.getSpec().getLimits(),
          "spec.limits",
          (limit, f) -> {
            FieldChecks.amounts(limit.getMax(), f + ".max", at);
            FieldChecks.amounts(limit.getMin(), f + ".min", at);
            FieldChecks.amounts(limit.getDefault(), f + ".default", at);
            FieldChecks.amounts(limit.getDefaultRequest(), f + ".defaultRequest", at);
          });
    } else if (object instanceof PersistentVolumeClaim c
        && c.getSpec() != null
        && c.getSpec().getResources() != null) {
      FieldChecks.amounts(c.getSpec().getResources().getRequests(), "spec.resources.requests", at);
      FieldChecks.amounts(c.getSpec().getResources().getLimits(), "spec.resources.limits", at);
    } else if (object instanceof PersistentVolume v && v.getSpec() != null) {
      FieldChecks.amounts(v.getSpec().getCapacity(), "spec.capacity", at);
    }
  }

  /** A controller of pods: its selector and pod template. */
  private void workload(
      LabelSelector selector, PodTemplateSpec template, String namespace, Checks at) {
    FieldChecks.selector(selector, "spec.selector", at);
    pods.template(template, "spec.template", namespace, at);
  }

  private void cronJob(CronJobSpec spec, String namespace, Checks at) {
    JobTemplateSpec job = spec.getJobTemplate();
    if (job != null) {
      if (job.getMetadata() != null) {
        at.labels("spec.jobTemplate.metadata.labels", job.getMetadata().getLabels());
      }
      if (job.getSpec() != null) {
        FieldChecks.selector(job.getSpec().getSelector(), "spec.jobTemplate.spec.selector", at);
        pods.template(job.getSpec().getTemplate(), "spec.jobTemplate.spec.template", namespace, at);
      }
    }
    if (spec.getTimeZone() != null) {
      at.timeZone("spec.timeZone", spec.getTimeZone());
    }
  }

  private static void networkPolicy(NetworkPolicySpec spec, Checks at) {
    FieldChecks.selector(spec.getPodSelector(), "spec.podSelector", at);
    FieldChecks.each(
        spec.getIngress(),
        "spec.ingress",
        (rule, rf) ->
            FieldChecks.each(rule.getFrom(), rf + ".from", (peer, pf) -> peer(peer, pf, at)));
    FieldChecks.each(
        spec.getEgress(),
        "spec.egress",
        (rule, rf) -> FieldChecks.each(rule.getTo(), rf + ".to", (peer, pf) -> peer(peer, pf, at)));
  }

  private static void peer(NetworkPolicyPeer peer, String field, Checks at) {
    FieldChecks.selector(peer.getPodSelector(), field + ".podSelector", at);
    FieldChecks.selector(peer.getNamespaceSelector(), field + ".namespaceSelector", at);
  }

  /** Flux objects: reconcile intervals and timeouts are Go durations. */
  private static void durations(JsonNode spec, Checks at) {
    for (String field : new String[] {"interval", "timeout", "retryInterval"}) {
      if (spec.hasNonNull(field)) {
        String problem = Durations.problem(spec.get(field).asText());
        if (problem != null) {
          at.error(Rules.INVALID_DURATION, "spec." + field, "%s", problem);
        }
      }
    }
  }
}
