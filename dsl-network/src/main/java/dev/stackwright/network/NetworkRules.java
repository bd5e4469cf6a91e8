package dev.stackwright.network;

/** The ids of the rules the network layer checks: stable strings for tests and suppressions. */
public final class NetworkRules {
  /** A service port whose target names a port the workload does not declare. */
  public static final String UNKNOWN_TARGET_PORT = "network.unknown-target-port";

  /** A service that selects no pods: no pod set, or a selector no pod set of the stack matches. */
  public static final String SELECTOR_MATCHES_NOTHING = "network.selector-matches-nothing";

  /** A service whose fields do not fit its type (a node port on a ClusterIP service, say). */
  public static final String SERVICE_TYPE_MISMATCH = "network.service-type-mismatch";

  /** Two ports of one service with the same name or number. */
  public static final String DUPLICATE_SERVICE_PORT = "network.duplicate-service-port";

  /** A service (other than headless or external-name) with no ports. */
  public static final String SERVICE_WITHOUT_PORTS = "network.service-without-ports";

  /** A service or backend in another namespace than the pods it selects. */
  public static final String NAMESPACE_MISMATCH = "network.namespace-mismatch";

  /** A route backend naming a service that is not part of the stack. */
  public static final String UNKNOWN_SERVICE = "network.unknown-service";

  /** A route backend naming a port the service does not expose. */
  public static final String UNKNOWN_SERVICE_PORT = "network.unknown-service-port";

  /** Two routes claiming the same host, path and match. */
  public static final String DUPLICATE_ROUTE = "network.duplicate-route";

  /** A TLS entry without hosts. */
  public static final String TLS_WITHOUT_HOSTS = "network.tls-without-hosts";

  /** A host named by two TLS entries of one routes description. */
  public static final String DUPLICATE_TLS_HOST = "network.duplicate-tls-host";

  /**
   * TLS from a Secret a certificate should make, but no certificate of the stack writes it (and it
   * is not stated to exist already), or the certificate lives in another namespace.
   */
  public static final String TLS_WITHOUT_CERTIFICATE = "network.tls-without-certificate";

  /** A host that is not a DNS name (a leading {@code *.} wildcard is allowed). */
  public static final String INVALID_HOST = "network.invalid-host";

  /** A path that does not start with {@code /}, or a malformed header match. */
  public static final String INVALID_MATCH = "network.invalid-match";

  /** A route filter with a bad status code, scheme, path or no header to change. */
  public static final String INVALID_FILTER = "network.invalid-filter";

  /** A route with no backend, or with a weight outside 0..1000000. */
  public static final String INVALID_BACKEND = "network.invalid-backend";

  /** A routing feature the chosen target cannot express (header matches on an Ingress, say). */
  public static final String UNSUPPORTED_BY_TARGET = "network.unsupported-by-target";

  /** Gateway API routing with neither a gateway class nor an existing gateway to attach to. */
  public static final String MISSING_GATEWAY = "network.missing-gateway";

  /** A connection naming a component that is not part of the stack. */
  public static final String UNKNOWN_COMPONENT = "network.unknown-component";

  /** A connection port the destination pods do not declare, or a named port with no pods. */
  public static final String UNKNOWN_CONNECTION_PORT = "network.unknown-connection-port";

  /** A connection with no pods of the stack on either end. */
  public static final String CONNECTION_WITHOUT_PODS = "network.connection-without-pods";

  /** A CIDR that does not parse, has host bits set, or an exception outside its range. */
  public static final String INVALID_CIDR = "network.invalid-cidr";

  /** Two connection sets deriving the policies of one namespace. */
  public static final String CONNECTIONS_OVERLAP = "network.connections-overlap";

  /** A flow to the cluster's API server, whose address the connections do not state. */
  public static final String UNKNOWN_API_SERVER = "network.unknown-api-server";

  /** A connection set that opts out of default-deny or of egress control. */
  public static final String DEFAULT_DENY_OPT_OUT = "network.default-deny-opt-out";

  /**
   * A policy feature the connections' policy engine cannot express (egress to a DNS name, an HTTP
   * rule or cluster-wide defaults with plain NetworkPolicy, say); the message names the engine that
   * can.
   */
  public static final String UNSUPPORTED_BY_POLICY_ENGINE = "network.unsupported-by-policy-engine";

  /** An HTTP rule on a port that does not speak HTTP, or on a connection without a port. */
  public static final String HTTP_RULE_ON_NON_HTTP_PORT = "network.http-rule-on-non-http-port";

  /** An HTTP rule without method and path, with an unknown method, or a relative path. */
  public static final String INVALID_HTTP_RULE = "network.invalid-http-rule";

  private NetworkRules() {}
}
