package dev.stackwright.security.rbac;

import dev.stackwright.core.Component;
import dev.stackwright.core.contract.PodSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a {@link ClusterGrant} is for: a workload's own service account, a shared one of the stack,
 * an existing service account, a user or a group (as the cluster's authenticator names them).
 *
 * <pre>{@code
 * Subject.of(api)                                  // the workload's service account
 * Subject.serviceAccount("ci-deployer", "ci")      // an existing one
 * Subject.group("oidc:platform-admins")
 * }</pre>
 */
@Value.Immutable
public abstract class Subject {

  /** The RBAC subject kind: {@code ServiceAccount}, {@code User} or {@code Group}. */
  public abstract String kind();

  /** The subject's name. */
  public abstract String name();

  /** The service account's namespace; the stack's default namespace when absent. */
  public abstract Optional<String> namespace();

  /** The component of the stack that makes the service account, if one does. */
  public abstract Optional<Component> component();

  /** The service account of the pods of {@code workload}. */
  public static Subject of(PodSet workload) {
    return ImmutableSubject.builder()
        .kind("ServiceAccount")
        .name(workload.serviceAccountName())
        .namespace(workload.namespace())
        .component(workload)
        .build();
  }

  /** The shared service account {@code account} of the stack. */
  public static Subject of(SharedServiceAccount account) {
    return ImmutableSubject.builder()
        .kind("ServiceAccount")
        .name(account.name())
        .namespace(account.namespace())
        .component(account)
        .build();
  }

  /** A service account that exists already, outside the stack. */
  public static Subject serviceAccount(String name, String namespace) {
    return ImmutableSubject.builder()
        .kind("ServiceAccount")
        .name(name)
        .namespace(namespace)
        .build();
  }

  /** A user, as the cluster's authenticator names them. */
  public static Subject user(String name) {
    return ImmutableSubject.builder().kind("User").name(name).build();
  }

  /** A group, as the cluster's authenticator names it. */
  public static Subject group(String name) {
    return ImmutableSubject.builder().kind("Group").name(name).build();
  }
}
