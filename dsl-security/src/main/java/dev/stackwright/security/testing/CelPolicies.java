package dev.stackwright.security.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.stackwright.core.yaml.Yaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the generated admission policies offline, the way the engines evaluate them: every CEL
 * expression of every Kyverno {@code ClusterPolicy}/{@code Policy} rule, or of every Gatekeeper
 * template with its constraint's parameters as {@code variables.params}, against a pod, for the
 * rules whose match (kind Pod, namespace) selects the pod. Uses Google's CEL for Java; the
 * expressions only use the standard CEL library, which both engines include.
 *
 * <pre>{@code
 * CelPolicies policies = CelPolicies.of(result.objects());
 * CelPolicies.pods(result.objects()).forEach(pod -> assertThat(policies.refusals(pod)).isEmpty());
 * }</pre>
 *
 * <p>Test support: needs {@code dev.cel:cel} on the test class path.
 */
public final class CelPolicies {
  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("object", SimpleType.DYN)
          .addVar("variables", SimpleType.DYN)
          .build();

  // The standard runtime is the one whose behaviour the CEL spec tests pin; keep it.
  @SuppressWarnings("InlineMeInliner")
  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

  private static final Map<String, CelRuntime.Program> PROGRAMS = new ConcurrentHashMap<>();

  private final List<Check> checks = new ArrayList<>();

  private record Check(
      String where, String expression, String message, List<String> namespaces, Object params) {}

  private CelPolicies() {}

  /**
   * The checks of the Kyverno policies and Gatekeeper templates + constraints in {@code objects}.
   */
  public static CelPolicies of(List<HasMetadata> objects) {
    CelPolicies p = new CelPolicies();
    Map<String, List<Map<String, Object>>> templates = new LinkedHashMap<>();
    List<Map<String, Object>> trees = objects.stream().map(CelPolicies::tree).toList();
    for (Map<String, Object> o : trees) {
      if ("ConstraintTemplate".equals(o.get("kind"))) {
        Map<String, Object> spec = map(o.get("spec"));
        String kind = (String) map(map(map(spec.get("crd")).get("spec")).get("names")).get("kind");
        Map<String, Object> code =
            map(list(map(list(spec.get("targets")).get(0)).get("code")).get(0));
        templates.put(
            kind,
            list(map(code.get("source")).get("validations")).stream()
                .map(CelPolicies::map)
                .toList());
      }
    }
    for (Map<String, Object> o : trees) {
      String kind = (String) o.get("kind");
      String apiVersion = (String) o.get("apiVersion");
      Map<String, Object> meta = map(o.get("metadata"));
      if (apiVersion.equals("kyverno.io/v1")) {
        for (Object r : list(map(o.get("spec")).get("rules"))) {
          Map<String, Object> rule = map(r);
          if (!rule.containsKey("validate")) {
            continue;
          }
          Map<String, Object> resources =
              map(map(list(map(rule.get("match")).get("any")).get(0)).get("resources"));
          if (!list(resources.get("kinds")).contains("Pod")) {
            continue;
          }
          List<String> namespaces =
              meta.containsKey("namespace")
                  ? List.of((String) meta.get("namespace"))
                  : strings(resources.get("namespaces"));
          for (Object e : list(map(map(rule.get("validate")).get("cel")).get("expressions"))) {
            Map<String, Object> ex = map(e);
            p.checks.add(
                new Check(
                    meta.get("name") + "/" + rule.get("name"),
                    (String) ex.get("expression"),
                    (String) ex.get("message"),
                    namespaces,
                    Map.of()));
          }
        }
      } else if (apiVersion.startsWith("constraints.gatekeeper.sh/")) {
        Map<String, Object> spec = map(o.get("spec"));
        Map<String, Object> match = map(spec.get("match"));
        boolean pods =
            list(match.get("kinds")).stream()
                .map(CelPolicies::map)
                .anyMatch(k -> strings(k.get("kinds")).contains("Pod"));
        if (!pods) {
          continue;
        }
        Object params = spec.getOrDefault("parameters", Map.of());
        for (Map<String, Object> v : templates.getOrDefault(kind, List.of())) {
          p.checks.add(
              new Check(
                  kind + "/" + meta.get("name"),
                  (String) v.get("expression"),
                  (String) v.get("message"),
                  strings(match.get("namespaces")),
                  params));
        }
      }
    }
    return p;
  }

  /** How many checks there are. */
  public int size() {
    return checks.size();
  }

  /** Every CEL expression, compiled once, to prove they all parse and type-check. */
  public List<String> expressions() {
    return checks.stream().map(Check::expression).toList();
  }

  /**
   * The messages of the checks that select {@code pod} and refuse it ({@code where: message});
   * empty if every check admits it.
   */
  public List<String> refusals(Map<String, Object> pod) {
    Object podValue = cel(pod);
    String namespace = (String) map(pod.get("metadata")).get("namespace");
    List<String> out = new ArrayList<>();
    for (Check c : checks) {
      if (!c.namespaces().contains(namespace)) {
        continue;
      }
      Object result = eval(c.expression(), podValue, cel(c.params()));
      if (!Boolean.TRUE.equals(result)) {
        out.add(c.where() + ": " + c.message());
      }
    }
    return out;
  }

  public static Object eval(String expression, Object object, Object params) {
    try {
      return PROGRAMS
          .computeIfAbsent(expression, CelPolicies::compile)
          .eval(Map.of("object", object, "variables", Map.of("params", params)));
    } catch (CelEvaluationException e) {
      throw new IllegalStateException(expression + ": " + e.getMessage(), e);
    }
  }

  private static CelRuntime.Program compile(String expression) {
    try {
      CelAbstractSyntaxTree ast = COMPILER.compile(expression).getAst();
      return RUNTIME.createProgram(ast);
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalStateException(expression + ": " + e.getMessage(), e);
    }
  }

  /**
   * The pods the workloads among {@code objects} create: each pod template (a CronJob's job
   * template's too) as a Pod in the workload's namespace.
   */
  public static List<Map<String, Object>> pods(List<HasMetadata> objects) {
    List<Map<String, Object>> pods = new ArrayList<>();
    for (HasMetadata o : objects) {
      Map<String, Object> tree = tree(o);
      Map<String, Object> spec = map(tree.get("spec"));
      Object template =
          switch (o.getKind()) {
            case "Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet" ->
                spec.get("template");
            case "CronJob" -> map(map(spec.get("jobTemplate")).get("spec")).get("template");
            default -> null;
          };
      if (template == null) {
        continue;
      }
      pods.add(pod(o.getMetadata().getNamespace(), map(template)));
    }
    return pods;
  }

  public static Map<String, Object> pod(String namespace, Map<String, Object> template) {
    Map<String, Object> meta =
        new LinkedHashMap<>(map(template.getOrDefault("metadata", Map.of())));
    meta.put("namespace", namespace);
    Map<String, Object> pod = new LinkedHashMap<>();
    pod.put("apiVersion", "v1");
    pod.put("kind", "Pod");
    pod.put("metadata", meta);
    pod.put("spec", template.get("spec"));
    return pod;
  }

  /** The object as the API server would hold it: its YAML read back as maps and lists. */
  public static Map<String, Object> tree(HasMetadata o) {
    try {
      return Yaml.mapper().readValue(Yaml.write(o), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A deep copy with CEL's value types: integers as longs. */
  public static Object cel(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), cel(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      return l.stream().map(CelPolicies::cel).toList();
    }
    if (value instanceof Integer i) {
      return i.longValue();
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }

  public static List<String> strings(Object o) {
    return list(o).stream().map(String::valueOf).toList();
  }
}
